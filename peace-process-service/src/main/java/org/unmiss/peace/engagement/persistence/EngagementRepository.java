package org.unmiss.peace.engagement.persistence;

import org.springframework.data.mongodb.repository.MongoRepository;
import org.unmiss.peace.engagement.domain.Engagement;

public interface EngagementRepository extends MongoRepository<Engagement, String> {
}
