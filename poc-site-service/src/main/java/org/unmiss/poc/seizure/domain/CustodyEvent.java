package org.unmiss.poc.seizure.domain;

import java.time.Instant;

/**
 * One link of a custody chain; never changed or removed once recorded.
 *
 * @param location where the item is held after the event (a store), or who received it (owner, authority)
 */
public record CustodyEvent(int sequence, CustodyEventType type, Instant at, String by, String location, String note,
                           String recordedBy, Instant recordedAt) {
}
