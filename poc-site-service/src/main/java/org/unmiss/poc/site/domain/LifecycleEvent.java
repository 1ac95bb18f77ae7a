package org.unmiss.poc.site.domain;

import java.time.LocalDate;

/**
 * One step in a site's life.
 *
 * @param on             the date, or null where the mission's records do not give it
 * @param dateApproximate whether {@code on} is an approximation (the note says what it rests on)
 */
public record LifecycleEvent(LifecycleEventType type, LocalDate on, boolean dateApproximate, String note,
                             String recordedBy) {
}
