package org.unmiss.poc.referral.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How the referral outbox retries.
 *
 * @param retryInterval the first retry after a failed attempt, doubling per failure up to 15 minutes
 * @param lease         how long a claimed referral is reserved for the instance sending it
 */
@ConfigurationProperties("poc.referrals")
public record ReferralProperties(Duration retryInterval, Duration lease) {
}
