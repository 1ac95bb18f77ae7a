package org.unmiss.humanrights.hrcase.domain;

import java.time.Instant;
import java.util.List;

/**
 * What a victim agreed to, as last recorded: referral to services, use in de-identified reporting,
 * and sharing their identity with the partners named. Nothing is assumed: no record means no consent.
 */
public record Consent(boolean servicesReferral, boolean deidentifiedReporting, boolean identifiedSharing,
                      List<String> sharingPartners, Instant recordedAt, String recordedBy) {

    public static Consent none() {
        return new Consent(false, false, false, List.of(), null, null);
    }

    public boolean allowsSharingWith(String partner) {
        return identifiedSharing && sharingPartners.stream().anyMatch(p -> p.equalsIgnoreCase(partner));
    }
}
