package org.unmiss.gender.activity.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.unmiss.gender.activity.domain.ActivityStatus;

/** @param reason required when cancelling */
public record StatusChangeRequest(@NotNull ActivityStatus status, @Size(max = 1000) String reason) {
}
