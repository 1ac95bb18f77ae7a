package org.unmiss.humanrights.hrcase.domain;

import org.springframework.data.annotation.PersistenceCreator;

import java.time.Instant;
import java.util.List;

/**
 * What a victim agreed to, as last recorded: referral to services, use in de-identified reporting
 * (without it the victim is left out of every released figure and export), and sharing their
 * identity with the partners named. For a child, identified sharing also needs a caregiver's
 * consent and the child's own assent, both recorded. Nothing is assumed for referral or sharing: no
 * record means no consent. De-identified figures are the exception (ADR 0014): a victim nobody has
 * asked yet (killed, or counted in a group a witness described) is counted as the MRM counts verified
 * acts; only a recorded refusal takes them out.
 */
public record Consent(boolean servicesReferral, boolean deidentifiedReporting, boolean identifiedSharing,
                      List<String> sharingPartners, boolean caregiverConsent, boolean childAssent,
                      Instant recordedAt, String recordedBy) {

    /**
     * From the store: a flag a document does not hold (recorded before it existed, or left out of a
     * projection) reads as not given, never as a failure to read the case.
     */
    @PersistenceCreator
    static Consent stored(Boolean servicesReferral, Boolean deidentifiedReporting, Boolean identifiedSharing,
                          List<String> sharingPartners, Boolean caregiverConsent, Boolean childAssent, Instant recordedAt,
                          String recordedBy) {
        return new Consent(Boolean.TRUE.equals(servicesReferral), Boolean.TRUE.equals(deidentifiedReporting),
                Boolean.TRUE.equals(identifiedSharing), sharingPartners == null ? List.of() : sharingPartners,
                Boolean.TRUE.equals(caregiverConsent), Boolean.TRUE.equals(childAssent), recordedAt, recordedBy);
    }

    public static Consent none() {
        return new Consent(false, false, false, List.of(), false, false, null, null);
    }

    /** Whether a victim's consent was ever recorded ({@link #none()} is the answer nobody has given yet). */
    public boolean recorded() {
        return recordedAt != null;
    }

    /** Whether the victim may be counted in de-identified released figures: unless a recorded consent refuses it. */
    public boolean allowsDeidentifiedReporting() {
        return !recorded() || deidentifiedReporting;
    }

    /** Whether this victim's identity may go to {@code partner}; a child's needs caregiver consent and their assent too. */
    public boolean allowsSharingWith(String partner, boolean child) {
        return identifiedSharing && (!child || (caregiverConsent && childAssent))
                && sharingPartners.stream().anyMatch(p -> p.equalsIgnoreCase(partner));
    }
}
