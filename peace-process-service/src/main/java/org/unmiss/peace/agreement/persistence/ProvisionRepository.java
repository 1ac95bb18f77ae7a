package org.unmiss.peace.agreement.persistence;

import org.springframework.data.mongodb.repository.MongoRepository;
import org.unmiss.peace.agreement.domain.Provision;

public interface ProvisionRepository extends MongoRepository<Provision, String> {
}
