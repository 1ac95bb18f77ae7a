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
 * @param targetYear  the year whose parity targets apply: the year of {@code asOf}
 * @param targetNote  null when every uniformed sub-category has a target that year; otherwise says none is on record
 * @param byCategory  a total line per category, then its sub-categories against their targets
 * @param byCountry   contributing countries, largest first, against the country target
 */
public record ParityResponse(LocalDate asOf, Instant fetchedAt, boolean stale, String staleReason, String source, int targetYear,
                             String targetNote,
                             long total, List<ParityLine> byCategory, List<ParityLine> byCountry) {
}
