package org.unmiss.personnel.deployment.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.unmiss.personnel.person.domain.DeploymentStatus;

import java.time.LocalDate;

/**
 * Moves a deployment along its workflow.
 *
 * @param endDate for COMPLETED: the last day served (default today)
 * @param reason  why, for DECLINED or CANCELLED
 */
public record StatusChangeRequest(@NotNull DeploymentStatus status, LocalDate endDate, @Size(max = 500) String reason) {
}
