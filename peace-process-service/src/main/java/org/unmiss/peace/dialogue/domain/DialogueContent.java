package org.unmiss.peace.dialogue.domain;

import org.unmiss.peace.engagement.domain.ParticipantsBySex;
import org.unmiss.peace.location.domain.SouthSudanState;

import java.time.LocalDate;
import java.util.List;

/**
 * @param communities the communities or groups brought together (by name of the community, never of a person)
 * @param participantsBySex who took part, by sex; required once the initiative was held
 */
public record DialogueContent(DialogueType type, String title, LocalDate startDate, LocalDate endDate,
                              SouthSudanState state, String county, String place, String fieldOffice,
                              List<String> communities, List<String> partners, ParticipantsBySex participantsBySex,
                              String outcomes, List<FollowUp> followUps, DialogueStatus status) {
}
