package org.unmiss.humanrights.hrcase.domain;

import org.springframework.data.annotation.PersistenceCreator;

import java.time.Instant;

/**
 * A referral of a victim to a service provider, or the sharing of their identity with a named
 * partner. The recipient, the note and the override reason are free text (a provider in a small
 * place points to the victim; a reason tells their story), so they are stored sealed
 * ({@code disclosures/<n>/recipient|note|overrideReason}); {@code overridden} says, without opening
 * anything, that it was made without consent under HR_CONSENT_OVERRIDE.
 */
public record Disclosure(String victimCode, DisclosureKind kind, ServiceType service, String sealedRecipient,
                         String sealedNote, Instant at, String by, boolean overridden, String sealedOverrideReason) {

    /** From the store; a disclosure recorded before {@code overridden} existed was overridden if it has a reason. */
    @PersistenceCreator
    static Disclosure stored(String victimCode, DisclosureKind kind, ServiceType service, String sealedRecipient,
                             String sealedNote, Instant at, String by, Boolean overridden, String sealedOverrideReason) {
        return new Disclosure(victimCode, kind, service, sealedRecipient, sealedNote, at, by,
                overridden != null ? overridden : sealedOverrideReason != null, sealedOverrideReason);
    }

    public enum DisclosureKind { REFERRAL, IDENTIFIED_SHARING }
}
