package org.unmiss.poc.referral.persistence;

import lombok.RequiredArgsConstructor;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.unmiss.kit.feed.ChangeStamps;
import org.unmiss.poc.incident.domain.ReferralStatus;
import org.unmiss.poc.incident.domain.SecurityIncident;
import org.unmiss.poc.referral.domain.ReferralQueue;

import java.time.Duration;
import java.time.Instant;

/**
 * The referral outbox over the incidents collection. A due referral is claimed atomically by
 * pushing its next attempt past a lease, so two instances (or the request thread and the
 * scheduler) never send the same referral at the same time; every change bumps the incident's
 * version, so a concurrent edit made from an older read is refused rather than undone, and its change stamp, so
 * the incidents' change feed shows the referral's progress (ADR 70).
 */
@Component
@RequiredArgsConstructor
public class ReferralOutbox implements ReferralQueue {

    private final MongoTemplate mongo;
    private final ChangeStamps stamps;

    /** Claims one due referral ({@code reference} null: any), or null if none is due. */
    @Override
    public SecurityIncident claimDue(String reference, Instant now, Duration lease) {
        Criteria due = Criteria.where("referral.status").is(ReferralStatus.PENDING).and("referral.nextAttemptAt").lte(now);
        if (reference != null) {
            due.and("_id").is(reference);
        }
        return mongo.findAndModify(Query.query(due),
                stamps.stamp(new Update().set("referral.nextAttemptAt", now.plus(lease)).inc("version", 1)),
                FindAndModifyOptions.options().returnNew(true), SecurityIncident.class);
    }

    @Override
    public void markSent(String reference, String caseReference, Instant at) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(reference).and("referral.status").is(ReferralStatus.PENDING)),
                stamps.stamp(new Update().set("referral.status", ReferralStatus.SENT).set("referral.caseReference", caseReference)
                        .set("referral.sentAt", at).unset("referral.lastError").inc("referral.attempts", 1).inc("version", 1)),
                SecurityIncident.class);
    }

    @Override
    public void markFailed(String reference, String error, Instant nextAttemptAt) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(reference).and("referral.status").is(ReferralStatus.PENDING)),
                stamps.stamp(new Update().set("referral.lastError", error).set("referral.nextAttemptAt", nextAttemptAt)
                        .inc("referral.attempts", 1).inc("version", 1)),
                SecurityIncident.class);
    }

    public long pending() {
        return mongo.count(Query.query(Criteria.where("referral.status").is(ReferralStatus.PENDING)), SecurityIncident.class);
    }
}
