package org.unmiss.humanrights.audit.persistence;

import org.springframework.data.mongodb.repository.MongoRepository;
import org.unmiss.humanrights.audit.domain.AuditEvent;

import java.util.Optional;

public interface AuditEventRepository extends MongoRepository<AuditEvent, Long> {

    Optional<AuditEvent> findTopByOrderBySequenceDesc();
}
