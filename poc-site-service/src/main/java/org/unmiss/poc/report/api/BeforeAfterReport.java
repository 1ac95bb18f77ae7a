package org.unmiss.poc.report.api;

import org.unmiss.poc.report.domain.Rows;

import java.time.LocalDate;
import java.util.List;

/**
 * Incidents in the {@code windowMonths} before a date against the same span after it, per site and
 * category (category null: the site's total), e.g. around the establishment of a weapons-free zone.
 *
 * Counted in whole calendar months; the pivot's month counts as after.
 *
 * @param beforeFrom first day counted before (inclusive); the before window ends with the month before the pivot's
 * @param afterTo    first day no longer counted after (exclusive); the after window starts with the pivot's month
 */
public record BeforeAfterReport(LocalDate pivot, int windowMonths, LocalDate beforeFrom, LocalDate afterTo,
                                List<Rows.BeforeAfterRow> rows) {
}
