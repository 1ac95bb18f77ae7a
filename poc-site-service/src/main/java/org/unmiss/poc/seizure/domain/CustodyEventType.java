package org.unmiss.poc.seizure.domain;

public enum CustodyEventType {
    /** Taken into the mission's custody at a store (always the first event). */
    DEPOSITED,
    /** Moved to another store of the mission. */
    TRANSFERRED,
    RETURNED_TO_OWNER,
    DESTROYED,
    /** Handed to another authority (e.g. national police): out of the mission's custody. */
    FORWARDED;

    public boolean endsCustody() {
        return this == RETURNED_TO_OWNER || this == DESTROYED || this == FORWARDED;
    }
}
