package org.unmiss.store.durable;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.Lock;

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

    private final Lock shared;

    public ChangeLock(GroupCommit commits) {
        this.shared = commits.operations().readLock();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object request) {
        if (request instanceof MongoMessage message && onlyReads(message.getDocument())) {
            ctx.fireChannelRead(request);
            return;
        }
        shared.lock();
        try {
            ctx.fireChannelRead(request);
        } finally {
            shared.unlock();
        }
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
