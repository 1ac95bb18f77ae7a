package org.unmiss.poc.referral.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.unmiss.poc.incident.domain.ReferralSender;
import org.unmiss.poc.incident.domain.SecurityIncident;
import org.unmiss.kit.security.ServiceAccountTokens;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Sends SGBV referrals from the outbox to humanrights-service: once right after the request, then on
 * a schedule with exponential back-off, until accepted; always as this service's own account, since
 * humanrights-service lets only poc-site-service's account claim poc-site-service's intake keys (an
 * officer's token could otherwise claim, or probe, any incident's key). A referral is never dropped: a failure only records the error and the next attempt; it
 * stays PENDING until humanrights-service answers with a case reference.
 */
@Component
public class ReferralDispatcher implements ReferralSender {

    private static final Logger log = LoggerFactory.getLogger(ReferralDispatcher.class);
    static final Duration MAX_BACKOFF = Duration.ofMinutes(15);
    static final String SOURCE_SERVICE = "poc-site-service";

    private final ReferralQueue outbox;
    private final CaseIntake humanRights;
    private final ServiceAccountTokens tokens;
    private final Duration retryInterval;
    private final Duration lease;
    private final Clock clock;

    public ReferralDispatcher(ReferralQueue outbox, CaseIntake humanRights, ServiceAccountTokens tokens,
                              ReferralProperties properties, Clock clock) {
        this.outbox = outbox;
        this.humanRights = humanRights;
        this.tokens = tokens;
        this.retryInterval = properties.retryInterval();
        this.lease = properties.lease();
        this.clock = clock;
    }

    /** Tries one referral now, right after the request, if it is due and not being sent elsewhere. */
    @Override
    public void dispatch(String reference) {
        SecurityIncident claimed = outbox.claimDue(reference, Instant.now(clock), lease);
        if (claimed != null) {
            send(claimed, tokens::bearer);
        }
    }

    @Scheduled(fixedDelayString = "${poc.referrals.retry-interval}", initialDelayString = "${poc.referrals.retry-interval}")
    public void dispatchDue() {
        for (SecurityIncident claimed = outbox.claimDue(null, Instant.now(clock), lease); claimed != null;
             claimed = outbox.claimDue(null, Instant.now(clock), lease)) {
            send(claimed, tokens::bearer);
        }
    }

    private void send(SecurityIncident incident, Supplier<String> authorization) {
        try {
            CaseReferralReceipt receipt = humanRights.refer(authorization.get(), incident.reference(), toCaseReferral(incident));
            if (receipt == null || receipt.caseReference() == null || receipt.caseReference().isBlank()) {
                throw new IllegalStateException("humanrights-service accepted the referral without a case reference");
            }
            outbox.markSent(incident.reference(), receipt.caseReference(), Instant.now(clock));
            log.info("Referral of {} accepted as {}", incident.reference(), receipt.caseReference());
        } catch (RuntimeException e) {
            int attempts = incident.referral().attempts() + 1;
            Instant next = Instant.now(clock).plus(backoff(attempts, retryInterval));
            outbox.markFailed(incident.reference(), describe(e), next);
            log.warn("Referral of {} failed (attempt {}), next attempt at {}: {}", incident.reference(), attempts, next, describe(e));
        }
    }

    /** retryInterval × 2^(attempts-1), capped at {@link #MAX_BACKOFF}. */
    static Duration backoff(int attempts, Duration retryInterval) {
        Duration delay = retryInterval.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return delay.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : delay;
    }

    /** What humanrights-service needs to open a case, without the free-text description (it may name the survivor). */
    static CaseReferral toCaseReferral(SecurityIncident incident) {
        String people = incident.people() == null ? "not recorded" : incident.people().total() + " (female "
                + incident.people().of(org.unmiss.poc.people.domain.Sex.FEMALE) + ", male "
                + incident.people().of(org.unmiss.poc.people.domain.Sex.MALE) + ")";
        String summary = incident.category() + " incident at PoC site " + incident.siteCode() + ", severity "
                + incident.severity() + ", people involved: " + people
                + ". Details from the recording officer through source reference " + incident.reference() + ".";
        return new CaseReferral(SOURCE_SERVICE, incident.reference(), incident.fieldOffice(), incident.occurredAt(),
                incident.category().name(), summary);
    }

    private static String describe(RuntimeException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        return message.length() > 300 ? message.substring(0, 300) : message;
    }
}
