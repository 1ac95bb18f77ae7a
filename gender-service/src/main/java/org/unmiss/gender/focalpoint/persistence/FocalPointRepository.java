package org.unmiss.gender.focalpoint.persistence;

import org.springframework.data.mongodb.repository.MongoRepository;
import org.unmiss.gender.focalpoint.domain.FocalPoint;

import java.util.List;

public interface FocalPointRepository extends MongoRepository<FocalPoint, String> {

    List<FocalPoint> findByIndexNumber(String indexNumber);
}
