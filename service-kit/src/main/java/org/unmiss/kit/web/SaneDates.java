package org.unmiss.kit.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * The dates the platform accepts from a client: 1 January 1900 to 31 December 2100. Anything outside
 * is a typo or an attack, never a real incident, deployment or meeting; letting it through costs
 * 500s further down (day arithmetic past {@code LocalDate.MAX}, instants too far for a BSON date)
 * and skews every report that groups by period. Checked once, where a date enters (query
 * parameters and JSON bodies), so no service has to remember it.
 */
public final class SaneDates {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    public static final String REASON = "must be between " + EARLIEST + " and " + LATEST;

    private static final long EARLIEST_SECOND = EARLIEST.atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    private static final long AFTER_LATEST_SECOND = LATEST.plusDays(1).atStartOfDay().toEpochSecond(ZoneOffset.UTC);

    private SaneDates() {
    }

    /** Whether a date, date-time, instant, month or year lies within the accepted years. */
    public static boolean accepts(TemporalAccessor value) {
        if (value instanceof Instant instant) {
            // Compared on epoch seconds: converting Instant.MAX to a calendar date would itself overflow.
            return instant.getEpochSecond() >= EARLIEST_SECOND && instant.getEpochSecond() < AFTER_LATEST_SECOND;
        }
        if (value instanceof OffsetDateTime || value instanceof ZonedDateTime) {
            return accepts(Instant.ofEpochSecond(value.getLong(ChronoField.INSTANT_SECONDS)));
        }
        if (value instanceof LocalDate || value instanceof LocalDateTime || value instanceof YearMonth || value instanceof Year) {
            int year = value.get(ChronoField.YEAR);
            return year >= EARLIEST.getYear() && year <= LATEST.getYear();
        }
        return true;
    }

    /** The value itself, or {@link OutOfRange} when it is not {@linkplain #accepts accepted}. */
    public static <T extends TemporalAccessor> T require(T value) {
        if (value != null && !accepts(value)) {
            throw new OutOfRange();
        }
        return value;
    }

    /** A date outside the accepted years; the handler answers 400 naming the parameter or field. */
    public static final class OutOfRange extends IllegalArgumentException {

        public OutOfRange() {
            super(REASON);
        }
    }
}
