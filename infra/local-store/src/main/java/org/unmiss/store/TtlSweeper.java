package org.unmiss.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unmiss.store.bson.BsonH2Backend;
import org.unmiss.store.durable.ChangeLock;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Honours TTL indexes: every interval (MongoDB's TTL monitor runs every 60 s) it deletes the documents whose
 * indexed date is older than the index's {@code expireAfterSeconds}. mongo-java-server keeps the index
 * definition but never expires anything, so idempotency records (a day's TTL) stayed forever and a key
 * whose request died mid-way answered "still being processed" for good.
 */
final class TtlSweeper implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TtlSweeper.class);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "local-store-ttl");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * {@code changes} is the lock writes hold (shared) so that a commit sees them whole, or null for a store in
     * memory. The sweep holds it as a request does ({@link ChangeLock#holding}), so that its deletes find their
     * documents without it: a commit waits for whoever holds it, and a sweep that held it while it looked through
     * a large collection would hold every reply of the store back meanwhile.
     */
    TtlSweeper(BsonH2Backend backend, ReentrantReadWriteLock changes, Clock clock, Duration interval) {
        long millis = interval.toMillis();
        timer.scheduleWithFixedDelay(() -> {
            try {
                long deleted = changes == null ? backend.deleteExpired(clock.instant())
                        : ChangeLock.holding(changes, () -> backend.deleteExpired(clock.instant()));
                if (deleted > 0) {
                    log.info("deleted {} expired documents (TTL indexes)", deleted);
                }
            } catch (RuntimeException e) {
                log.warn("TTL sweep failed; trying again in {} ms", millis, e);
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        // no interrupt: interrupting a thread in FileChannel I/O closes the store file
        timer.shutdown();
        try {
            timer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
