package org.unmiss.humanrights.audit.persistence;

import org.springframework.data.mongodb.repository.MongoRepository;
import org.unmiss.humanrights.audit.domain.AuditCheckpoint;

import java.util.Optional;

/** Signed checkpoints by position: one per thousand entries or so, so the newest is cheap to find. */
public interface AuditCheckpointRepository extends MongoRepository<AuditCheckpoint, Long> {

    Optional<AuditCheckpoint> findTopByOrderByPositionDesc();
}
