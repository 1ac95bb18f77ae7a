package org.unmiss.kit.store;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Serialises work on one key (a person, a counter, an import) within this process, for "at most
 * one / no overlap" rules that span a read and a write. The embedded store does not apply a
 * conditional write atomically when two connections race (ADR 0018), so a service guards such a
 * rule with its conditional write (which MongoDB applies atomically across instances) and with
 * this. Striped: a fixed number of locks, so memory stays bounded however many keys there are;
 * two keys may share a stripe, which only makes them wait for each other.
 */
public final class KeyedLocks {

    private final ReentrantLock[] stripes;

    public KeyedLocks(int stripes) {
        if (stripes < 1) {
            throw new IllegalArgumentException("stripes must be at least 1");
        }
        this.stripes = new ReentrantLock[stripes];
        for (int i = 0; i < stripes; i++) {
            this.stripes[i] = new ReentrantLock();
        }
    }

    /** Runs {@code work} while no other work on {@code key} (or a key of its stripe) runs in this process. */
    public <T> T withLock(String key, Supplier<T> work) {
        ReentrantLock lock = stripes[Math.floorMod(key.hashCode(), stripes.length)];
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    /** {@link #withLock(String, Supplier)} for work without a result. */
    public void withLock(String key, Runnable work) {
        withLock(key, () -> {
            work.run();
            return null;
        });
    }
}
