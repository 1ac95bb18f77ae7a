package org.unmiss.humanrights.hrcase.domain;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.Instant;

/** When a verification is "late": decided after the end of the quarter in which the incident (as last possible) happened. */
public final class Verification {

    private Verification() {
    }

    public static LocalDate endOfQuarter(LocalDate day) {
        int lastMonthOfQuarter = ((day.getMonthValue() - 1) / 3) * 3 + 3;
        return day.withDayOfMonth(1).withMonth(lastMonthOfQuarter).plusMonths(1).minusDays(1);
    }

    public static boolean isLate(IncidentDate incidentEnd, Instant verifiedAt) {
        return verifiedAt.atZone(ZoneOffset.UTC).toLocalDate().isAfter(endOfQuarter(incidentEnd.latestPossible()));
    }
}
