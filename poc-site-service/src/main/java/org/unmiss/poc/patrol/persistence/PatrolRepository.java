package org.unmiss.poc.patrol.persistence;

import org.springframework.data.mongodb.repository.MongoRepository;
import org.unmiss.poc.patrol.domain.Patrol;

public interface PatrolRepository extends MongoRepository<Patrol, String> {
}
