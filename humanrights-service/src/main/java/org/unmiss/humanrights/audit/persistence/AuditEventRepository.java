package org.unmiss.humanrights.audit.persistence;

import org.springframework.data.mongodb.repository.MongoRepository;
import org.unmiss.humanrights.audit.domain.AuditEvent;

/** Entries by sequence ({@code _id}): every read the append path makes is a lookup of one key. */
public interface AuditEventRepository extends MongoRepository<AuditEvent, Long> {
}
