package org.unmiss.store.durable;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Runs every request that may change data under {@link GroupCommit#operations()}'s shared lock, so that a
 * commit never captures half an operation (mongo-java-server handles the request synchronously inside
 * {@code fireChannelRead}). Requests known to only read skip it, so that a long scan never delays a commit;
 * anything else (every write command, and commands this list does not know) takes it.
 */
public final class ChangeLock extends ChannelInboundHandlerAdapter {

    private static final Set<String> READ_ONLY = Set.of(
            "find", "getmore", "count", "distinct", "listcollections", "listindexes", "listdatabases",
            "hello", "ismaster", "ping", "buildinfo", "killcursors", "endsessions", "serverstatus", "dbstats",
            "collstats", "getlasterror", "getparameter", "getcmdlineopts", "getlog", "hostinfo", "whatsmyuri",
            "connectionstatus", "features", "currentop");

    /** The lock the change on this thread holds, so that a phase of it that only reads can run without it. */
    private static final ThreadLocal<ReentrantReadWriteLock> HELD = new ThreadLocal<>();

    private final ReentrantReadWriteLock operations;

    public ChangeLock(GroupCommit commits) {
        this.operations = commits.operations();
    }

    /**
     * Runs a phase of a write request that only reads (an {@code updateMany} finding its documents) without the
     * shared lock, so that commits, and the replies waiting for them, are not held back while it reads; the lock is
     * taken again before the request goes on to change anything. Without a held lock (a store in memory, a request
     * that only reads) it just runs the phase.
     */
    public static <T> T whileOnlyReading(Supplier<T> readingPhase) {
        ReentrantReadWriteLock held = HELD.get();
        if (held == null) {
            return readingPhase.get();
        }
        held.readLock().unlock();
        try {
            return readingPhase.get();
        } finally {
            held.readLock().lock();
        }
    }

    /**
     * Called by a long operation that may be cut anywhere (an index build, which starts again if a crash cut it
     * short): if a commit is waiting, the shared lock is released and taken again, so the commit goes ahead now.
     */
    public static void letCommitsThrough() {
        ReentrantReadWriteLock held = HELD.get();
        if (held != null && held.hasQueuedThreads()) {
            held.readLock().unlock();
            held.readLock().lock();
        }
    }

    /**
     * Runs a change that does not come through the wire (the TTL sweep) as a request runs: under the shared lock,
     * which its long phases that only read can release ({@link #whileOnlyReading}).
     */
    public static <T> T holding(ReentrantReadWriteLock operations, Supplier<T> change) {
        operations.readLock().lock();
        HELD.set(operations);
        try {
            return change.get();
        } finally {
            HELD.remove();
            operations.readLock().unlock();
        }
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object request) {
        if (request instanceof MongoMessage message && onlyReads(message.getDocument())) {
            ctx.fireChannelRead(request);
            return;
        }
        holding(operations, () -> {
            ctx.fireChannelRead(request);
            return null;
        });
    }

    static boolean onlyReads(Document command) {
        if (command.isEmpty()) {
            return false;
        }
        String name = command.keySet().iterator().next().toLowerCase(java.util.Locale.ROOT);
        if (name.equals("aggregate")) {
            return command.get("pipeline") instanceof List<?> stages && stages.stream().noneMatch(stage ->
                    stage instanceof Document d && (d.containsKey("$out") || d.containsKey("$merge")));
        }
        return READ_ONLY.contains(name);
    }
}
