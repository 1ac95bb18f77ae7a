package org.unmiss.gender.activity.api;

import org.unmiss.gender.activity.domain.ActionPoint;
import org.unmiss.gender.activity.domain.ActivityStatus;
import org.unmiss.gender.activity.domain.ActivityType;
import org.unmiss.gender.activity.domain.Attendee;
import org.unmiss.gender.activity.domain.Audience;
import org.unmiss.gender.activity.domain.GenderActivity;
import org.unmiss.gender.activity.domain.Participants;
import org.unmiss.gender.activity.domain.TrainingModule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record ActivityResponse(String id, ActivityType type, String title, LocalDate startDate, LocalDate endDate, String quarter,
                               String fieldOffice, String place, List<String> pillars, List<Audience> audiences, List<String> partners,
                               List<TrainingModule> modules, Participants participants, List<String> trainers,
                               List<Attendee> attendance, String outcomes, ActivityStatus status, String cancellationReason,
                               List<ActionPoint> actionPoints, String recordedBy, Instant recordedAt, Instant updatedAt, long version) {

    static ActivityResponse from(GenderActivity a) {
        var d = a.details();
        return new ActivityResponse(a.id(), d.type(), d.title(), d.startDate(), d.endDate(), a.quarter(), d.fieldOffice(), d.place(),
                d.pillars(), d.audiences(), d.partners(), d.modules(), d.participants(), d.trainers(), d.attendance(), d.outcomes(),
                a.status(), a.cancellationReason(), a.actionPoints(), a.recordedBy(), a.recordedAt(), a.updatedAt(), a.version());
    }
}
