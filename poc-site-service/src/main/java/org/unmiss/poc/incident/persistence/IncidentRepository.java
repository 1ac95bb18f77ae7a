package org.unmiss.poc.incident.persistence;

import org.springframework.data.mongodb.repository.MongoRepository;
import org.unmiss.poc.incident.domain.SecurityIncident;

public interface IncidentRepository extends MongoRepository<SecurityIncident, String> {
}
