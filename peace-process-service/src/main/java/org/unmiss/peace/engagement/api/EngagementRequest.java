package org.unmiss.peace.engagement.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.unmiss.peace.engagement.domain.Atmosphere;
import org.unmiss.peace.engagement.domain.EngagementContent;
import org.unmiss.peace.engagement.domain.Interlocutor;
import org.unmiss.peace.engagement.domain.InterlocutorType;
import org.unmiss.peace.engagement.domain.Level;
import org.unmiss.peace.engagement.domain.MissionParticipant;
import org.unmiss.peace.engagement.domain.NextStep;
import org.unmiss.peace.engagement.domain.ParticipantsBySex;
import org.unmiss.peace.engagement.domain.Sex;
import org.unmiss.peace.engagement.domain.Topic;
import org.unmiss.peace.location.domain.SouthSudanState;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An engagement report as its author writes it. Atmosphere and key outcomes may wait until the
 * report is submitted; interlocutors are described by category and position, never by name.
 *
 * @param missionParticipants personnel index numbers of the mission staff present
 * @param agreementChapters   codes of the R-ARCSS chapters discussed (I to VIII)
 */
public record EngagementRequest(
        @NotNull LocalDate date,
        @Min(1) @Max(1440) Integer durationMinutes,
        @NotBlank @Size(max = 200) String place,
        @NotNull SouthSudanState state,
        @NotNull Level level,
        @NotBlank String fieldOffice,
        @NotBlank @Size(max = 2000) String purpose,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid InterlocutorRequest> interlocutors,
        @Size(max = 30) List<@NotNull @Pattern(regexp = "[A-Z0-9-]{3,20}", message = "must be a personnel index number") String> missionParticipants,
        @Size(max = 13) Set<@NotNull Topic> topics,
        @Size(max = 8) List<@NotNull String> agreementChapters,
        Atmosphere atmosphere,
        @Size(max = 5000) String keyOutcomes,
        @Size(max = 30) List<@NotNull @Valid NextStepRequest> nextSteps,
        @NotNull @Valid ParticipantsRequest participantsBySex) {

    /** @param interlocutorId optional: the leader's entry in the interlocutor directory */
    public record InterlocutorRequest(@NotNull InterlocutorType type, @Size(max = 200) String affiliation,
                                      @Size(max = 200) String position, @NotNull Sex sex,
                                      @Size(max = 40) String interlocutorId) {
    }

    public record NextStepRequest(@NotBlank @Size(max = 1000) String action, @NotBlank @Size(max = 200) String owner,
                                  @NotNull LocalDate dueDate, Boolean completed) {
    }

    public record ParticipantsRequest(@NotNull @PositiveOrZero @Max(100000) Integer female,
                                      @NotNull @PositiveOrZero @Max(100000) Integer male) {
    }

    EngagementContent toContent() {
        return new EngagementContent(date, durationMinutes, place.trim(), state, level, fieldOffice.trim(), purpose.trim(),
                interlocutors.stream().map(i -> new Interlocutor(i.type(), i.affiliation(), i.position(), i.sex(), i.interlocutorId())).toList(),
                missionParticipants == null ? List.of()
                        : missionParticipants.stream().map(index -> new MissionParticipant(index, false)).toList(),
                topics == null ? Set.of() : topics,
                agreementChapters == null ? List.of() : agreementChapters,
                atmosphere, keyOutcomes,
                nextSteps == null ? List.of() : nextSteps.stream()
                        .map(s -> new NextStep(s.action(), s.owner(), s.dueDate(), Boolean.TRUE.equals(s.completed()))).toList(),
                new ParticipantsBySex(participantsBySex.female(), participantsBySex.male()));
    }
}
