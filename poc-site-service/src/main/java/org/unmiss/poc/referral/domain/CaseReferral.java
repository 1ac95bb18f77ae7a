package org.unmiss.poc.referral.domain;

import java.time.Instant;

/** The body humanrights-service accepts at {@code POST /api/v1/hr-cases/referrals}. */
public record CaseReferral(String sourceService, String sourceReference, String fieldOffice, Instant occurredAt,
                           String category, String summary) {
}
