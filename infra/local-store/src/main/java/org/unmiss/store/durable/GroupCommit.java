package org.unmiss.store.durable;

import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;

/**
 * The only thread that commits the store's MVStore, and the one place that makes changes durable: it commits
 * (writes a chunk) and then syncs the file ({@code fsync}) before it tells anyone their changes are safe.
 * Replies wait for {@link #durable()}; whoever asks while a commit is being written waits for the next one,
 * so concurrent writers share one sync (group commit) and no reply precedes the sync of what it reports.
 *
 * <p>Operations that change data hold {@link #operations()}'s read lock while they run and the commit takes
 * its write lock while it captures and writes the chunk (not while it syncs), so a chunk on disk does not hold
 * half an operation, e.g. a unique-index entry without its document, or part of an {@code updateMany}
 * (see {@link #lockOperations()}). With nothing to wait for, the thread
 * still commits every {@code idleInterval} whatever changed without a waiting reply (TTL deletes).
 */
public final class GroupCommit implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);
    private static final CompletableFuture<Void> ALREADY_DURABLE = CompletableFuture.completedFuture(null);

    /** Chunks less full than this (percent of live data) are rewritten when idle; MVStore's own default is 90. */
    private static final int COMPACT_BELOW_FILL_RATE = 80;
    private static final int COMPACT_BYTES_PER_IDLE_INTERVAL = 16 * 1024 * 1024;
    /** How often a commit that waits for the operations in progress says so in the log. */
    private static final Duration REPORT_WAITING_EVERY = Duration.ofSeconds(10);

    private final MVStore store;
    private final Duration idleInterval;
    private final Consumer<Throwable> onFailure;
    private final LinkedBlockingQueue<CompletableFuture<Void>> waiting = new LinkedBlockingQueue<>();
    private final ReentrantReadWriteLock operations = new ReentrantReadWriteLock();
    private final Thread committer;
    /** The store version the last sync covered; only the committer thread writes it. */
    private volatile long syncedVersion;
    private volatile boolean running = true;
    private volatile Throwable failed;

    private GroupCommit(MVStore store, Duration idleInterval, Consumer<Throwable> onFailure) {
        this.store = store;
        this.idleInterval = idleInterval;
        this.onFailure = onFailure;
        this.syncedVersion = store.getCurrentVersion();
        this.committer = new Thread(this::run, "local-store-group-commit");
        this.committer.setDaemon(true);
    }

    /**
     * Starts the committer for a file-backed store opened with auto-commit off (its own background commits
     * would write chunks that no one syncs). {@code onFailure} hears of a commit or sync that failed: the
     * store can then no longer promise anything and should stop.
     */
    public static GroupCommit start(MVStore store, Duration idleInterval, Consumer<Throwable> onFailure) {
        if (store.getFileStore() == null) {
            throw new IllegalArgumentException("an in-memory store has nothing to sync");
        }
        if (store.getAutoCommitDelay() != 0) {
            throw new IllegalArgumentException("the store must be opened with auto-commit disabled");
        }
        GroupCommit commits = new GroupCommit(store, idleInterval, onFailure);
        commits.committer.start();
        return commits;
    }

    /** Held (shared) by every operation that may change data, so that a commit sees it whole. */
    public ReentrantReadWriteLock operations() {
        return operations;
    }

    /**
     * A future completed once every change made before this call is committed and synced (at once if
     * nothing is pending), or completed exceptionally if that commit or sync failed.
     */
    public CompletableFuture<Void> durable() {
        Throwable failure = failed;
        if (failure != null) {
            return CompletableFuture.failedFuture(failure);
        }
        // Only this class commits, so: no unsaved changes and the current version synced means that every
        // change made before this call is in a chunk that a sync covered. The order of the two reads matters:
        // a commit in progress has already raised the version when its changes stop counting as unsaved.
        if (!store.hasUnsavedChanges() && store.getCurrentVersion() == syncedVersion) {
            return ALREADY_DURABLE;
        }
        CompletableFuture<Void> durable = new CompletableFuture<>();
        waiting.add(durable);
        if (!running) {
            drainAndCommit();
        }
        return durable;
    }

    private void run() {
        List<CompletableFuture<Void>> batch = new ArrayList<>();
        while (running) {
            try {
                CompletableFuture<Void> first = waiting.poll(idleInterval.toMillis(), TimeUnit.MILLISECONDS);
                if (first != null) {
                    batch.add(first);
                } else {
                    compactWhileIdle();
                }
            } catch (InterruptedException e) {
                // nobody interrupts this thread (an interrupt during file I/O would close the file channel)
                Thread.currentThread().interrupt();
                return;
            }
            waiting.drainTo(batch);
            commitAndComplete(batch);
            batch.clear();
        }
    }

    /**
     * What MVStore's background thread did before auto-commit was turned off: rewrite the live pages of sparse
     * chunks, so that their space is freed and reused instead of the file growing. Only while no reply waits,
     * and a bounded amount at a time; the next commit writes the rewritten pages.
     */
    private void compactWhileIdle() {
        try {
            if (!store.isClosed() && failed == null) {
                store.compact(COMPACT_BELOW_FILL_RATE, COMPACT_BYTES_PER_IDLE_INTERVAL);
            }
        } catch (RuntimeException e) {
            log.warn("compacting the store file failed; trying again when idle", e);
        }
    }

    private synchronized void drainAndCommit() {
        List<CompletableFuture<Void>> batch = new ArrayList<>();
        waiting.drainTo(batch);
        commitAndComplete(batch);
    }

    private synchronized void commitAndComplete(List<CompletableFuture<Void>> batch) {
        if (failed != null) {
            batch.forEach(durable -> durable.completeExceptionally(failed));
            return;
        }
        try {
            commitAndSync();
            batch.forEach(durable -> durable.complete(null));
        } catch (RuntimeException | Error e) {
            failed = e;
            log.error("local-store could not commit or sync its file; no write can be acknowledged any more", e);
            batch.forEach(durable -> durable.completeExceptionally(e));
            onFailure.accept(e);
        }
    }

    private void commitAndSync() {
        if (store.isClosed()) {
            throw new IllegalStateException("the store file is closed");
        }
        if (store.hasUnsavedChanges()) {
            lockOperations();
            try {
                store.commit();
            } finally {
                operations.writeLock().unlock();
            }
        }
        long version = store.getCurrentVersion();
        if (version != syncedVersion) {
            store.sync();
            syncedVersion = version;
        }
    }

    /**
     * Waits for the operations in progress to finish, however long, so that a chunk never holds part of one: an
     * {@code updateMany} is crash-atomic only because of this (ADR 51). What holds the shared lock is bounded:
     * reads do not take it, a multi-document write takes it only to apply what it found (at most
     * {@code BsonCollection.MAX_MULTI_WRITE} documents), and an index build lets commits through as it goes.
     */
    private void lockOperations() {
        long started = System.nanoTime();
        try {
            boolean reported = false;
            while (!operations.writeLock().tryLock(REPORT_WAITING_EVERY.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("a commit has waited {} s for an operation in progress (replies wait for the commit)",
                        TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
                if (!reported) {
                    // once per long wait: what the store's own threads are doing, so the operation can be named
                    log.warn("the store's threads while a commit waits:{}", StoreThreads.describe());
                    reported = true;
                }
            }
        } catch (InterruptedException e) {
            // nobody interrupts the committer (see run); a commit without the lock could hold half an operation
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to commit", e);
        }
    }

    /** Commits and syncs what is pending, answers every waiting reply, and stops the thread. */
    @Override
    public void close() {
        running = false;
        // a wake-up instead of an interrupt: interrupting a thread in FileChannel I/O closes the channel
        waiting.add(new CompletableFuture<>());
        try {
            committer.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        drainAndCommit();
    }
}
