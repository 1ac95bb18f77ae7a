package org.unmiss.poc.referral.persistence;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.unmiss.poc.referral.domain.CaseIntake;
import org.unmiss.poc.referral.domain.CaseReferral;
import org.unmiss.poc.referral.domain.CaseReferralReceipt;

/**
 * humanrights-service's case intake. Wrapped in a Resilience4j circuit breaker (Feign circuit
 * breaking is on for every service), so a down service fails fast; the outbox retries later. The
 * Idempotency-Key (the incident reference) lets the receiver recognise a retry of a referral it
 * already accepted but whose answer was lost.
 */
@FeignClient(name = "humanrights", url = "${unmiss.clients.humanrights.url}")
public interface HumanRightsClient extends CaseIntake {

    @Override
    @PostMapping("/api/v1/hr-cases/referrals")
    CaseReferralReceipt refer(@RequestHeader("Authorization") String authorization,
                              @RequestHeader("Idempotency-Key") String idempotencyKey,
                              @RequestBody CaseReferral referral);
}
