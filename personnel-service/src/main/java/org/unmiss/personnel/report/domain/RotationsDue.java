package org.unmiss.personnel.report.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Active deployments whose planned end falls within the window, per unit (or individually deployed
 * personnel), office and end date: what the rotation planners must replace. Overdue ones (planned
 * end already past, not yet completed) are included and flagged.
 */
public record RotationsDue(LocalDate today, int days, LocalDate until, long persons, List<Row> rows) {

    /** @param unitCode null for individually deployed personnel */
    public record Row(String unitCode, String fieldOffice, LocalDate endDate, long persons, boolean overdue) {
    }
}
