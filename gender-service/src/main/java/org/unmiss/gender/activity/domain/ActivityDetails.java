package org.unmiss.gender.activity.domain;

import java.time.LocalDate;
import java.util.List;

/** What a gender officer records about an activity: everything but its state and its action points. */
public record ActivityDetails(ActivityType type, String title, LocalDate startDate, LocalDate endDate, String fieldOffice,
                              String place, List<String> pillars, List<Audience> audiences, List<String> partners,
                              List<TrainingModule> modules, Participants participants, List<String> trainers,
                              List<Attendee> attendance, String outcomes) {

    public ActivityDetails {
        pillars = copy(pillars);
        audiences = copy(audiences);
        partners = copy(partners);
        modules = copy(modules);
        trainers = copy(trainers);
        attendance = copy(attendance);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
