package org.unmiss.personnel.unit.persistence;

import org.springframework.data.mongodb.repository.MongoRepository;
import org.unmiss.personnel.unit.domain.Unit;

public interface UnitRepository extends MongoRepository<Unit, String> {
}
