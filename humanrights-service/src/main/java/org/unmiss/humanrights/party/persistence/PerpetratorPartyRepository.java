package org.unmiss.humanrights.party.persistence;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.unmiss.humanrights.party.domain.PartyKind;
import org.unmiss.humanrights.party.domain.PerpetratorParties;
import org.unmiss.humanrights.party.domain.PerpetratorParty;

import java.util.List;

/** Also the case rules' {@link PerpetratorParties}: the domain declares what it reads, this implements it. */
public interface PerpetratorPartyRepository extends MongoRepository<PerpetratorParty, String>, PerpetratorParties {

    Page<PerpetratorParty> findByKind(PartyKind kind, Pageable pageable);

    @Override
    default List<PerpetratorParty> all() {
        return findAll();
    }
}
