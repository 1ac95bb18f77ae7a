package org.unmiss.peace.dialogue.api;

import org.unmiss.peace.dialogue.domain.DialogueContent;
import org.unmiss.peace.dialogue.domain.DialogueInitiative;
import org.unmiss.peace.dialogue.domain.DialogueStatus;
import org.unmiss.peace.dialogue.domain.DialogueType;
import org.unmiss.peace.dialogue.domain.FollowUp;
import org.unmiss.peace.engagement.domain.ParticipantsBySex;
import org.unmiss.peace.location.domain.SouthSudanState;

import java.time.LocalDate;
import java.util.List;

public record DialogueResponse(String id, DialogueType type, String title, LocalDate startDate, LocalDate endDate,
                               SouthSudanState state, String county, String place, String fieldOffice,
                               List<String> communities, List<String> partners, ParticipantsBySex participantsBySex,
                               String outcomes, List<FollowUp> followUps, DialogueStatus status, String createdBy,
                               Long version) {

    static DialogueResponse from(DialogueInitiative d) {
        DialogueContent c = d.content();
        return new DialogueResponse(d.id(), c.type(), c.title(), c.startDate(), c.endDate(), c.state(), c.county(), c.place(),
                c.fieldOffice(), c.communities(), c.partners(), c.participantsBySex(), c.outcomes(), c.followUps(), c.status(),
                d.createdBy(), d.version());
    }
}
