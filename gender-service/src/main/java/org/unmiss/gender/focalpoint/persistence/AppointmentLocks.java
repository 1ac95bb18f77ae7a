package org.unmiss.gender.focalpoint.persistence;

import org.springframework.stereotype.Component;
import org.unmiss.kit.store.KeyedLocks;

import java.util.function.Supplier;

/**
 * One check-and-write of a person's focal-point appointments at a time in this process: "no two
 * overlapping appointments of one person" spans documents, and the embedded store applies no
 * multi-document rule atomically (ADR 0018). Across instances on MongoDB the controller also checks
 * again after inserting and withdraws its own appointment if another overlaps.
 */
@Component
public class AppointmentLocks {

    private final KeyedLocks locks = new KeyedLocks(256);

    public <T> T forPerson(String indexNumber, Supplier<T> checkAndWrite) {
        return locks.withLock(indexNumber, checkAndWrite);
    }
}
