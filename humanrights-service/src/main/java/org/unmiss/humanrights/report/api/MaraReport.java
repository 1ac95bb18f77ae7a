package org.unmiss.humanrights.report.api;

import org.unmiss.humanrights.hrcase.domain.ViolationType;

import java.time.LocalDate;
import java.util.List;

/** Verified conflict-related sexual violence by type, alleged party, state and month (MARA); {@code release} as in {@link MrmReport}. */
public record MaraReport(LocalDate from, LocalDate to, long violations, long victims, List<Line> lines, ReleaseNote release) {

    public record Line(String month, ViolationType type, String partyCode, String state, long violations, long victims) {
    }
}
