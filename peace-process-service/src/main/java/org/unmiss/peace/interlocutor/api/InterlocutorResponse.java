package org.unmiss.peace.interlocutor.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.unmiss.peace.engagement.domain.InterlocutorType;
import org.unmiss.peace.engagement.domain.Level;
import org.unmiss.peace.engagement.domain.Sex;
import org.unmiss.peace.interlocutor.domain.Interlocutor;
import org.unmiss.peace.location.domain.SouthSudanState;

/** An interlocutor; {@code contact} is present only for callers with PEACE_WRITE. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InterlocutorResponse(String id, String name, InterlocutorType type, String affiliation, String position,
                                   Level level, SouthSudanState state, String county, Sex sex, Interlocutor.Contact contact,
                                   boolean active, Long version) {

    static InterlocutorResponse from(Interlocutor i, boolean withContact) {
        return new InterlocutorResponse(i.id(), i.name(), i.type(), i.affiliation(), i.position(), i.level(), i.state(),
                i.county(), i.sex(), withContact ? i.contact() : null, i.active(), i.version());
    }
}
