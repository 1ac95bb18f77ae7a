package org.unmiss.humanrights.audit.persistence;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.unmiss.humanrights.audit.domain.AuditAction;
import org.unmiss.humanrights.audit.domain.AuditEvent;
import org.unmiss.kit.store.ListQuery;

import java.time.Instant;
import java.util.List;

/** Audit log queries answered by the store. */
@Component
public class AuditQueries {

    private final MongoTemplate mongo;

    public AuditQueries(MongoTemplate mongo) {
        this.mongo = mongo;
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

    /** Stores a run of consecutive entries in one command (insertMany), in chain order. */
    public void insertAll(List<AuditEvent> entries) {
        mongo.insert(entries, AuditEvent.class);
    }

    /** Up to {@code limit} entries from {@code fromSequence} on, in chain order. */
    public List<AuditEvent> batch(long fromSequence, int limit) {
        Query query = Query.query(Criteria.where("_id").gte(fromSequence)).with(Sort.by("_id")).limit(limit);
        return mongo.find(query, AuditEvent.class);
    }
}
