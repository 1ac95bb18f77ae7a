package org.unmiss.gender.parity.api;

import org.unmiss.gender.parity.domain.ParityLine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The parity view.
 *
 * @param asOf        the day the figures describe
 * @param fetchedAt   when they were read from personnel-service
 * @param stale       true when personnel-service could not answer and these are the last figures
 *                    kept; {@code staleReason} says why
 * @param byCategory  a total line per category, then its sub-categories against their targets
 * @param byCountry   contributing countries, largest first, against the country target
 */
public record ParityResponse(LocalDate asOf, Instant fetchedAt, boolean stale, String staleReason, String source, int targetYear,
                             long total, List<ParityLine> byCategory, List<ParityLine> byCountry) {
}
