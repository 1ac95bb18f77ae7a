package org.unmiss.personnel.person.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A person's posting to a field office (and unit or position) for a period, kept inside the person's
 * document so that the rule "no two overlapping deployments" is checked and written atomically.
 *
 * @param id        {@code <indexNumber>-D<n>}, e.g. {@code UN-000123-D2}: stable, and it names its person
 * @param startDate first day at the duty station
 * @param endDate   last day (inclusive): planned while REQUESTED/APPROVED/ACTIVE, actual once COMPLETED
 * @param reason    why it was declined or cancelled
 */
public record Deployment(String id, String fieldOffice, String unitCode, String position,
                         LocalDate startDate, LocalDate endDate, DeploymentStatus status,
                         String requestedBy, Instant requestedAt, String lastChangedBy, Instant lastChangedAt,
                         String reason) {

    public boolean overlaps(LocalDate start, LocalDate end) {
        return !startDate.isAfter(end) && !start.isAfter(endDate);
    }

    /** Whether the person counted at this deployment's office on {@code date}: active since its start, or completed around it. */
    public boolean onStrengthOn(LocalDate date) {
        return switch (status) {
            case ACTIVE -> !date.isBefore(startDate);
            case COMPLETED -> !date.isBefore(startDate) && !date.isAfter(endDate);
            default -> false;
        };
    }

    Deployment moved(DeploymentStatus target, LocalDate newEndDate, String by, Instant at, String why) {
        return new Deployment(id, fieldOffice, unitCode, position, startDate, newEndDate, target,
                requestedBy, requestedAt, by, at, why);
    }
}
