package org.unmiss.store.durable;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The lock that operations which may change data hold shared and a commit holds exclusively
 * ({@link GroupCommit#operations()}), counting every shared hold: {@link #lockForChange()} raises the count right
 * after the lock is taken, before anything is changed. A commit reads the count while it holds the lock
 * exclusively, so every change made under a hold counted up to that figure is in the commit's chunk; a reply may be
 * sent once a synced commit covered the count as it stood when the reply was written.
 */
public final class CountedChanges extends ReentrantReadWriteLock {

    /** Starts at 1, so that the first reply waits for a first commit (it covers whatever opening the file changed). */
    private final AtomicLong holds = new AtomicLong(1);

    /** Takes the shared lock for an operation that may change data, and counts the hold. */
    public void lockForChange() {
        readLock().lock();
        holds.incrementAndGet();
    }

    /** The holds counted so far. */
    public long count() {
        return holds.get();
    }
}
