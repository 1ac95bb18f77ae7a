package org.unmiss.poc.returns.persistence;

import org.springframework.data.mongodb.repository.MongoRepository;
import org.unmiss.poc.returns.domain.ReturnMovement;

public interface ReturnRepository extends MongoRepository<ReturnMovement, String> {
}
