package org.unmiss.gender.activity.persistence;

import org.springframework.data.mongodb.repository.MongoRepository;
import org.unmiss.gender.activity.domain.GenderActivity;

public interface ActivityRepository extends MongoRepository<GenderActivity, String> {
}
