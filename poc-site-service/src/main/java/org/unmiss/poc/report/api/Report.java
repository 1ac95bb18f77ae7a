package org.unmiss.poc.report.api;

import java.time.LocalDate;
import java.util.List;

/** A report as JSON: what it covers and its rows. */
public record Report<T>(String report, String siteCode, LocalDate from, LocalDate to, List<T> rows) {
}
