package org.unmiss.peace.engagement.domain;

import org.unmiss.peace.location.domain.SouthSudanState;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What the author writes in an engagement report, as validated; the workflow fields are kept apart. */
public record EngagementContent(LocalDate date, Integer durationMinutes, String place, SouthSudanState state,
                                Level level, String fieldOffice, String purpose, List<Interlocutor> interlocutors,
                                List<MissionParticipant> missionParticipants, Set<Topic> topics,
                                List<String> agreementChapters, Atmosphere atmosphere, String keyOutcomes,
                                List<NextStep> nextSteps, ParticipantsBySex participantsBySex) {
}
