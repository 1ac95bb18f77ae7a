package org.unmiss.peace.engagement.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.unmiss.peace.engagement.domain.Atmosphere;
import org.unmiss.peace.engagement.domain.CancellationReason;
import org.unmiss.peace.engagement.domain.Engagement;
import org.unmiss.peace.engagement.domain.EngagementContent;
import org.unmiss.peace.engagement.domain.EngagementStatus;
import org.unmiss.peace.engagement.domain.Interlocutor;
import org.unmiss.peace.engagement.domain.Level;
import org.unmiss.peace.engagement.domain.MissionParticipant;
import org.unmiss.peace.engagement.domain.NextStep;
import org.unmiss.peace.engagement.domain.ParticipantsBySex;
import org.unmiss.peace.engagement.domain.StatusChange;
import org.unmiss.peace.engagement.domain.Topic;
import org.unmiss.peace.location.domain.SouthSudanState;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An engagement report. Reporting tools and partners get the published report without the mission's
 * internal details (who took part, who wrote and approved it): those fields are then absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EngagementResponse(String id, LocalDate date, Integer durationMinutes, String place, SouthSudanState state,
                                 Level level, String fieldOffice, String purpose, List<Interlocutor> interlocutors,
                                 List<MissionParticipant> missionParticipants, Boolean participantsVerified,
                                 Set<Topic> topics, List<String> agreementChapters, Atmosphere atmosphere,
                                 String keyOutcomes, List<NextStep> nextSteps, ParticipantsBySex participantsBySex,
                                 EngagementStatus status, String author, Instant createdAt, String rejectionComment,
                                 CancellationReason cancellationReason, List<StatusChange> history, Long version) {

    static EngagementResponse from(Engagement engagement, boolean internal) {
        EngagementContent c = engagement.content();
        return new EngagementResponse(engagement.id(), c.date(), c.durationMinutes(), c.place(), c.state(), c.level(),
                c.fieldOffice(), c.purpose(), internal ? c.interlocutors() : c.interlocutors().stream()
                        .map(i -> new Interlocutor(i.type(), i.affiliation(), i.position(), i.sex(), null)).toList(),
                internal ? c.missionParticipants() : null, internal ? engagement.participantsVerified() : null,
                c.topics(), c.agreementChapters(), c.atmosphere(), c.keyOutcomes(), c.nextSteps(), c.participantsBySex(),
                engagement.status(), internal ? engagement.author() : null, engagement.createdAt(),
                internal ? engagement.rejectionComment() : null, engagement.cancellationReason(),
                internal ? engagement.history() : null, engagement.version());
    }
}
