package org.unmiss.humanrights.report.api;

import java.time.LocalDate;
import java.util.List;

/** Victims of the four forms of harm the mission's public reports count, per quarter of the incident, verified cases only; {@code release} as in {@link MrmReport}. */
public record HarmReport(LocalDate from, LocalDate to, List<Quarter> quarters, ReleaseNote release) {

    public record Quarter(String quarter, long killed, long injured, long abducted, long crsv, long total) {
    }

    /** From victims per quarter, indexed by {@code ViolationType.Harm} ordinal. */
    static HarmReport of(LocalDate from, LocalDate to, java.util.Map<String, long[]> byQuarter) {
        return new HarmReport(from, to, byQuarter.entrySet().stream().map(e -> {
            long[] v = e.getValue();
            return new Quarter(e.getKey(), v[0], v[1], v[2], v[3], v[0] + v[1] + v[2] + v[3]);
        }).toList(), null);
    }
}
