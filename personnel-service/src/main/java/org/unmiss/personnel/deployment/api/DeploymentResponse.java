package org.unmiss.personnel.deployment.api;

import org.unmiss.personnel.deployment.persistence.DeploymentQueries;
import org.unmiss.personnel.person.domain.Deployment;
import org.unmiss.personnel.person.domain.DeploymentStatus;

import java.time.Instant;
import java.time.LocalDate;

/** A deployment; its ETag is the version of the person's record that holds it. */
public record DeploymentResponse(String id, String indexNumber, String fieldOffice, String unitCode, String position,
                                 LocalDate startDate, LocalDate endDate, DeploymentStatus status, String requestedBy,
                                 Instant requestedAt, String lastChangedBy, Instant lastChangedAt, String reason) {

    static DeploymentResponse from(String indexNumber, Deployment d) {
        return new DeploymentResponse(d.id(), indexNumber, d.fieldOffice(), d.unitCode(), d.position(), d.startDate(),
                d.endDate(), d.status(), d.requestedBy(), d.requestedAt(), d.lastChangedBy(), d.lastChangedAt(), d.reason());
    }

    static DeploymentResponse from(DeploymentQueries.Row r) {
        return new DeploymentResponse(r.id(), r.indexNumber(), r.fieldOffice(), r.unitCode(), r.position(), r.startDate(),
                r.endDate(), r.status(), null, null, null, null, null);
    }
}
