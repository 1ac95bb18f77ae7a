package org.unmiss.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter, the period of the Secretary-General's report cycle, written as {@code 2025-Q4}. */
public record Quarter(int year, int number) {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-Q([1-4])");

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("a quarter is numbered 1 to 4, not " + number);
        }
    }

    /** {@code 2025-Q4}; anything else is an {@link IllegalArgumentException} that says what was expected. */
    public static Quarter parse(String text) {
        Matcher matcher = TEXT.matcher(text == null ? "" : text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("expected a quarter such as 2025-Q4, got '" + text + "'");
        }
        return new Quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    /** The last quarter that has ended before {@code today}: what a reporting officer reports on. */
    public static Quarter lastCompleteBefore(LocalDate today) {
        Quarter current = containing(today);
        return current.number == 1 ? new Quarter(current.year - 1, 4) : new Quarter(current.year, current.number - 1);
    }

    static Quarter containing(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    /** The quarter's last day: the as-of date of every snapshot figure in the pack. */
    public LocalDate lastDay() {
        return YearMonth.of(year, number * 3).atEndOfMonth();
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
