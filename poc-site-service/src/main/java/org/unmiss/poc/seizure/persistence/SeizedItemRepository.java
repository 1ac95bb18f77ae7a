package org.unmiss.poc.seizure.persistence;

import org.springframework.data.mongodb.repository.MongoRepository;
import org.unmiss.poc.seizure.domain.SeizedItem;

public interface SeizedItemRepository extends MongoRepository<SeizedItem, String> {
}
