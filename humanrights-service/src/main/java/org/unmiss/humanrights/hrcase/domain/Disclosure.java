package org.unmiss.humanrights.hrcase.domain;

import java.time.Instant;

/**
 * A referral of a victim to a service provider, or the sharing of their identity with a named
 * partner; {@code overrideReason} is set when it was made without consent under HR_CONSENT_OVERRIDE.
 */
public record Disclosure(String victimCode, DisclosureKind kind, ServiceType service, String recipient, String note,
                         Instant at, String by, String overrideReason) {

    public enum DisclosureKind { REFERRAL, IDENTIFIED_SHARING }
}
