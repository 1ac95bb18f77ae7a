package org.unmiss.poc.site.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.unmiss.poc.site.domain.LifecycleEventType;

import java.time.LocalDate;

/**
 * @param on              null when the date is not on record (the note should say so)
 * @param dateApproximate true when {@code on} is an approximation
 */
public record LifecycleEventRequest(@NotNull LifecycleEventType type, LocalDate on, Boolean dateApproximate,
                                    @Size(max = 500) String note) {
}
