package org.unmiss.humanrights.hrcase.domain;

import java.time.Instant;

/**
 * A PoC-site security incident (poc-site-service, {@code SI-<year>-<6 digits>}) the case cites.
 * {@code verified} is false while poc-site-service could not confirm it (down, slow, refusing);
 * {@code note} says why, and a background check clears the mark once it confirms.
 */
public record PocIncidentCitation(String reference, boolean verified, String note, Instant checkedAt) {
}
