package org.unmiss.humanrights.release.domain;

import org.unmiss.kit.problem.InvalidRequestException;
import org.unmiss.kit.web.SaneDates;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter, written {@code 2025-Q4}: the period figures are released for (ADR 0098). */
public record Quarter(int year, int number) {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-Q([1-4])");

    /** The quarter {@code text} names; 400 naming {@code field} unless it looks like 2026-Q1 within the sane years. */
    public static Quarter parse(String text, String field) {
        Matcher parsed = text == null ? null : TEXT.matcher(text);
        if (parsed == null || !parsed.matches()) {
            throw new InvalidRequestException(field, "must look like 2026-Q1");
        }
        int year = Integer.parseInt(parsed.group(1));
        if (year < SaneDates.EARLIEST.getYear() || year > SaneDates.LATEST.getYear()) {
            throw new InvalidRequestException(field, "must be a quarter from " + SaneDates.EARLIEST.getYear() + "-Q1 to "
                    + SaneDates.LATEST.getYear() + "-Q4");
        }
        return new Quarter(year, Integer.parseInt(parsed.group(2)));
    }

    public static Quarter containing(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    /** The quarter whose days are exactly from..to, if they are one quarter's. */
    public static Optional<Quarter> spanning(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            return Optional.empty();
        }
        Quarter quarter = containing(from);
        return quarter.firstDay().equals(from) && quarter.lastDay().equals(to) ? Optional.of(quarter) : Optional.empty();
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
