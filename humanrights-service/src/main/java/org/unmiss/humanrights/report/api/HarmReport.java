package org.unmiss.humanrights.report.api;

import java.time.LocalDate;
import java.util.List;

/** Victims of the four forms of harm the mission's public reports count, per quarter of the incident, verified cases only. */
public record HarmReport(LocalDate from, LocalDate to, List<Quarter> quarters) {

    public record Quarter(String quarter, long killed, long injured, long abducted, long crsv, long total) {
    }
}
