package org.unmiss.store.durable;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.util.ReferenceCountUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CompletableFuture;

/**
 * Holds back each reply of a connection until every change made before it was written is committed and
 * synced ({@link GroupCommit#durable()}). It sits in front of the wire encoders, where mongo-java-server
 * writes the reply right after handling the request on the same event-loop thread, so "before" includes
 * the request's own changes. Waiting does not block the event loop: the reply is written when the sync
 * completes, and replies of one connection keep their order. If the sync fails, the reply is dropped and
 * the connection closed, so the client sees an unknown outcome rather than a false acknowledgement.
 */
public final class DurableReplies extends ChannelOutboundHandlerAdapter {

    private static final Logger log = LoggerFactory.getLogger(DurableReplies.class);

    private final GroupCommit commits;
    /** Completes when this connection's previous held-back reply has been handed on; event-loop confined. */
    private CompletableFuture<Void> previous = CompletableFuture.completedFuture(null);

    public DurableReplies(GroupCommit commits) {
        this.commits = commits;
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object reply, ChannelPromise promise) {
        CompletableFuture<Void> durable = commits.durable();
        if (previous.isDone() && durable.isDone() && !durable.isCompletedExceptionally()) {
            ctx.write(reply, promise);
            return;
        }
        CompletableFuture<Void> handedOn = new CompletableFuture<>();
        CompletableFuture.allOf(previous, durable).whenComplete((ignored, failure) -> ctx.executor().execute(() -> {
            if (failure == null) {
                ctx.writeAndFlush(reply, promise);
            } else {
                log.warn("closing connection {}: its reply waited for a sync that failed", ctx.channel().id());
                ReferenceCountUtil.release(reply);
                promise.tryFailure(failure);
                ctx.close();
            }
            handedOn.complete(null);
        }));
        previous = handedOn;
    }
}
