package org.unmiss.personnel.person.persistence;

import org.springframework.stereotype.Component;
import org.unmiss.kit.store.KeyedLocks;

import java.util.function.Supplier;

/**
 * Read, check and write of one person (deployments live in the person) happen one at a time in this
 * process. The versioned write alone decides on MongoDB; the embedded store lets two racing versioned
 * writes both succeed (ADR 0018), which would let two overlapping deployments be approved.
 */
@Component
public class PersonLocks {

    private final KeyedLocks locks = new KeyedLocks(256);

    public <T> T one(String indexNumber, Supplier<T> work) {
        return locks.withLock(indexNumber, work);
    }
}
