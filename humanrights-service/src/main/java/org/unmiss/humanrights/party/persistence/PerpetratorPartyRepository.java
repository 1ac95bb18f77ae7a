package org.unmiss.humanrights.party.persistence;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.unmiss.humanrights.party.domain.PartyKind;
import org.unmiss.humanrights.party.domain.PerpetratorParty;

public interface PerpetratorPartyRepository extends MongoRepository<PerpetratorParty, String> {

    Page<PerpetratorParty> findByKind(PartyKind kind, Pageable pageable);
}
