package org.unmiss.peace.dialogue.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.unmiss.peace.dialogue.domain.DialogueContent;
import org.unmiss.peace.dialogue.domain.DialogueStatus;
import org.unmiss.peace.dialogue.domain.DialogueType;
import org.unmiss.peace.dialogue.domain.FollowUp;
import org.unmiss.peace.engagement.domain.ParticipantsBySex;
import org.unmiss.peace.location.domain.SouthSudanState;

import java.time.LocalDate;
import java.util.List;

/**
 * A dialogue or reconciliation initiative: what, when, where, which communities, who took part by
 * sex, and the follow-up agreed.
 */
public record DialogueRequest(
        @NotNull DialogueType type,
        @NotBlank @Size(max = 300) String title,
        @NotNull LocalDate startDate,
        LocalDate endDate,
        @NotNull SouthSudanState state,
        @Size(max = 100) String county,
        @NotBlank @Size(max = 200) String place,
        @NotBlank String fieldOffice,
        @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 200) String> communities,
        @Size(max = 20) List<@NotBlank @Size(max = 200) String> partners,
        @Valid Participants participantsBySex,
        @Size(max = 5000) String outcomes,
        @Size(max = 30) List<@NotNull @Valid FollowUpRequest> followUps,
        @NotNull DialogueStatus status) {

    public record Participants(@NotNull @PositiveOrZero @Max(100000) Integer female,
                               @NotNull @PositiveOrZero @Max(100000) Integer male) {
    }

    public record FollowUpRequest(@NotBlank @Size(max = 1000) String action, @NotBlank @Size(max = 200) String owner,
                                  @NotNull LocalDate dueDate, Boolean completed) {
    }

    DialogueContent toContent() {
        return new DialogueContent(type, title.trim(), startDate, endDate, state, county, place.trim(), fieldOffice.trim(),
                communities, partners == null ? List.of() : partners,
                participantsBySex == null ? null : new ParticipantsBySex(participantsBySex.female(), participantsBySex.male()),
                outcomes, followUps == null ? List.of() : followUps.stream()
                        .map(f -> new FollowUp(f.action(), f.owner(), f.dueDate(), Boolean.TRUE.equals(f.completed()))).toList(),
                status);
    }
}
