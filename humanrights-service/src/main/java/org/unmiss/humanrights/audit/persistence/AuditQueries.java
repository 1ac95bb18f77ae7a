package org.unmiss.humanrights.audit.persistence;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;
import org.unmiss.humanrights.audit.domain.AuditAction;
import org.unmiss.humanrights.audit.domain.AuditEvent;

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
        Criteria criteria = new Criteria();
        if (caseReference != null) {
            criteria.and("caseReference").is(caseReference);
        }
        if (actor != null) {
            criteria.and("actor").is(actor);
        }
        if (action != null) {
            criteria.and("action").is(action);
        }
        if (from != null || to != null) {
            Criteria at = criteria.and("at");
            if (from != null) {
                at.gte(from);
            }
            if (to != null) {
                at.lt(to);
            }
        }
        Query query = Query.query(criteria);
        long total = mongo.count(query, AuditEvent.class);
        return PageableExecutionUtils.getPage(mongo.find(query.with(pageable), AuditEvent.class), pageable, () -> total);
    }

    /** Up to {@code limit} entries from {@code fromSequence} on, in chain order. */
    public List<AuditEvent> batch(long fromSequence, int limit) {
        Query query = Query.query(Criteria.where("_id").gte(fromSequence)).with(Sort.by("_id")).limit(limit);
        return mongo.find(query, AuditEvent.class);
    }
}
