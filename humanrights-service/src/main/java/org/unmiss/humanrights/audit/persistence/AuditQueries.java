package org.unmiss.humanrights.audit.persistence;

import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.unmiss.humanrights.audit.domain.AuditAction;
import org.unmiss.humanrights.audit.domain.AuditCheckpoint;
import org.unmiss.humanrights.audit.domain.AuditEvent;
import org.unmiss.humanrights.audit.domain.AuditStore;
import org.unmiss.kit.store.ListQuery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Audit log queries answered by the store, and the log's {@link AuditStore}. */
@Component
@RequiredArgsConstructor
public class AuditQueries implements AuditStore {

    private final MongoTemplate mongo;
    private final AuditEventRepository events;
    private final AuditCheckpointRepository checkpoints;

    @Override
    public Optional<AuditEvent> event(long sequence) {
        return events.findById(sequence);
    }

    @Override
    public Optional<AuditCheckpoint> latestCheckpoint() {
        return checkpoints.findTopByOrderByPositionDesc();
    }

    @Override
    public Optional<AuditCheckpoint> checkpoint(long position) {
        return checkpoints.findById(position);
    }

    @Override
    public void insertCheckpoint(AuditCheckpoint checkpoint) {
        checkpoints.insert(checkpoint);
    }

    public Page<AuditEvent> find(String caseReference, String actor, AuditAction action, Instant from, Instant to,
                                 Pageable pageable) {
        return ListQuery.all()
                .equal("caseReference", caseReference)
                .equal("actor", actor)
                .equal("action", action)
                .fromUntil("at", from, to)
                .page(mongo, pageable, AuditEvent.class);
    }

    @Override
    public void insertAll(List<AuditEvent> entries) {
        mongo.insert(entries, AuditEvent.class);
    }

    @Override
    public List<AuditEvent> batch(long fromSequence, int limit) {
        Query query = Query.query(Criteria.where("_id").gte(fromSequence)).with(Sort.by("_id")).limit(limit);
        return mongo.find(query, AuditEvent.class);
    }
}
