package org.unmiss.peace.interlocutor.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.unmiss.peace.engagement.domain.InterlocutorType;
import org.unmiss.peace.engagement.domain.Level;
import org.unmiss.peace.engagement.domain.Sex;
import org.unmiss.peace.location.domain.SouthSudanState;

/**
 * A leader the mission engages with. Contact details are kept apart in the record and shown only to
 * officers who write engagement reports (PEACE_WRITE).
 *
 * @param name        how the mission refers to the person
 * @param affiliation party, church, council, union, administration...
 */
@Document("interlocutors")
public record Interlocutor(@Id String id, String name, @Indexed InterlocutorType type, String affiliation, String position,
                           Level level, @Indexed SouthSudanState state, String county, Sex sex, Contact contact,
                           boolean active, @Version Long version) {

    public record Contact(String phone, String email, String notes) {
    }

    public Interlocutor withVersion(long clientVersion) {
        return new Interlocutor(id, name, type, affiliation, position, level, state, county, sex, contact, active, clientVersion);
    }
}
