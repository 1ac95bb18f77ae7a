package org.unmiss.gender.activity.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.unmiss.gender.activity.domain.ActivityDetails;
import org.unmiss.gender.activity.domain.ActivityStatus;
import org.unmiss.gender.activity.domain.ActivityType;
import org.unmiss.gender.activity.domain.AgeGroup;
import org.unmiss.gender.activity.domain.Attendee;
import org.unmiss.gender.activity.domain.Audience;
import org.unmiss.gender.activity.domain.Participants;
import org.unmiss.gender.activity.domain.TrainingModule;

import java.time.LocalDate;
import java.util.List;

/**
 * An activity as recorded or revised.
 *
 * @param status only when recording: PLANNED (the default) or HELD for an activity recorded after
 *               the fact; later changes go through {@code POST /{id}/status}
 */
public record ActivityRequest(
        @NotNull ActivityType type,
        @NotBlank @Size(max = 200) String title,
        @NotNull LocalDate startDate,
        LocalDate endDate,
        @NotBlank String fieldOffice,
        @Size(max = 200) String place,
        @NotEmpty @Size(max = 4) List<@NotBlank String> pillars,
        @Size(max = 8) List<@NotNull Audience> audiences,
        @Size(max = 20) List<@NotBlank @Size(max = 120) String> partners,
        @Size(max = 8) List<@NotNull TrainingModule> modules,
        @Valid ParticipantsRequest participants,
        @Size(max = 50) List<@NotBlank @Size(max = 120) String> trainers,
        @Size(max = 300) List<@NotNull @Valid AttendeeRequest> attendance,
        @Size(max = 4000) String outcomes,
        ActivityStatus status) {

    public record ParticipantsRequest(@NotNull @PositiveOrZero Integer female, @NotNull @PositiveOrZero Integer male,
                                      @NotNull @PositiveOrZero Integer total,
                                      @Size(max = 5) List<@NotNull @Valid AgeGroupRequest> byAgeGroup) {

        Participants toDomain() {
            List<Participants.AgeGroupCount> groups = byAgeGroup == null ? List.of()
                    : byAgeGroup.stream().map(g -> new Participants.AgeGroupCount(g.ageGroup(), g.female(), g.male())).toList();
            return new Participants(female, male, total, groups);
        }
    }

    public record AgeGroupRequest(@NotNull AgeGroup ageGroup, @NotNull @PositiveOrZero Integer female,
                                  @NotNull @PositiveOrZero Integer male) {
    }

    public record AttendeeRequest(@NotBlank @Size(max = 120) String name, @Size(max = 120) String organisation) {
    }

    ActivityDetails toDetails() {
        List<Attendee> attendees = attendance == null ? List.of()
                : attendance.stream().map(a -> new Attendee(a.name().trim(), a.organisation())).toList();
        return new ActivityDetails(type, title.trim(), startDate, endDate, fieldOffice.trim(), place, pillars, audiences,
                partners == null ? null : partners.stream().map(String::trim).toList(), modules,
                participants == null ? null : participants.toDomain(), trainers, attendees, outcomes);
    }
}
