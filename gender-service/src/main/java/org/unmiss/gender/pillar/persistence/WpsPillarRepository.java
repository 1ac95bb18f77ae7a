package org.unmiss.gender.pillar.persistence;

import org.springframework.data.mongodb.repository.MongoRepository;
import org.unmiss.gender.pillar.domain.WpsPillar;

public interface WpsPillarRepository extends MongoRepository<WpsPillar, String> {
}
