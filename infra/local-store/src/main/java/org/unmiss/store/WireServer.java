package org.unmiss.store;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoThreadFactory;
import de.bwaldvogel.mongo.wire.MongoDatabaseHandler;
import de.bwaldvogel.mongo.wire.MongoExceptionHandler;
import de.bwaldvogel.mongo.wire.MongoWireMessageEncoder;
import de.bwaldvogel.mongo.wire.MongoWireProtocolHandler;
import de.bwaldvogel.mongo.wire.MongoWireReplyEncoder;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.DefaultEventExecutor;
import io.netty.util.concurrent.EventExecutor;
import org.unmiss.store.durable.ChangeLock;
import org.unmiss.store.durable.DurableReplies;
import org.unmiss.store.durable.GroupCommit;

import java.net.InetSocketAddress;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The wire-protocol listener: mongo-java-server's own decoder, encoders and request handler, with the
 * durability handlers of {@link GroupCommit} between them. mongo-java-server's {@code MongoServer} builds
 * its channel pipeline inside {@code bind} with no way to add a handler, which is why this class exists.
 * <p>
 * Requests are handled on a thread of their connection's own, not on the network event loop: mongo-java-server
 * handles a request synchronously, and an event loop serves many connections, so one long scan held every other
 * connection on its loop until it ended (issue 12: 503s from services whose calls waited behind a report's scan).
 * One thread per connection is what MongoDB itself does; the drivers' pools bound the number of connections.
 */
final class WireServer implements AutoCloseable {

    private final EventLoopGroup acceptors = new NioEventLoopGroup(1, new MongoThreadFactory("local-store-accept"));
    private final EventLoopGroup workers = new NioEventLoopGroup(0, new MongoThreadFactory("local-store-worker"));
    private final ChannelGroup connections = new DefaultChannelGroup("local-store-connections", workers.next());
    private final MongoThreadFactory requestThreads = new MongoThreadFactory("local-store-connection");
    /** The connections' request threads, so that {@link #close()} can wait for the requests they are handling. */
    private final Set<EventExecutor> requestExecutors = ConcurrentHashMap.newKeySet();
    /**
     * How long a closed connection's request thread stays after its last task: the pipeline is taken down after the
     * close is announced (channelInactive, handlerRemoved run on this thread), and an executor that has already
     * shut down rejects those tasks, which failed the close (a quiet period of 0 did, once in a full build).
     */
    private static final long REQUEST_THREAD_QUIET_MS = 500;
    private final Channel listener;

    /** Listens on {@code address}; with {@code commits} null (a store in memory) replies are not held back. */
    WireServer(MongoBackend backend, GroupCommit commits, InetSocketAddress address) {
        try {
            listener = new ServerBootstrap()
                    .group(acceptors, workers)
                    .channel(NioServerSocketChannel.class)
                    .option(ChannelOption.SO_BACKLOG, 100)
                    .childOption(ChannelOption.TCP_NODELAY, Boolean.TRUE)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel channel) {
                            // outbound messages pass these from the last to the first
                            channel.pipeline().addLast(new MongoWireReplyEncoder(), new MongoWireMessageEncoder(),
                                    new MongoWireProtocolHandler());
                            // everything from here on runs on the connection's request thread; DurableReplies and
                            // ChangeLock must share it with the request handler (ChangeLock's lock is per thread)
                            EventExecutor requests = new DefaultEventExecutor(requestThreads);
                            requestExecutors.add(requests);
                            channel.closeFuture().addListener(closed -> {
                                requests.shutdownGracefully(REQUEST_THREAD_QUIET_MS, 5_000, TimeUnit.MILLISECONDS);
                                requests.terminationFuture().addListener(ended -> requestExecutors.remove(requests));
                            });
                            if (commits != null) {
                                channel.pipeline().addLast(requests, new DurableReplies(commits), new ChangeLock(commits));
                            }
                            channel.pipeline().addLast(requests, new MongoDatabaseHandler(backend, connections),
                                    new MongoExceptionHandler());
                        }
                    })
                    .bind(address).syncUninterruptibly().channel();
        } catch (RuntimeException e) {
            shutdownEventLoops();
            throw e;
        }
    }

    InetSocketAddress address() {
        return (InetSocketAddress) listener.localAddress();
    }

    /** Stops listening, closes the connections and waits for requests being handled to finish. */
    @Override
    public void close() {
        listener.close().syncUninterruptibly();
        connections.close().syncUninterruptibly();
        shutdownEventLoops();
    }

    private void shutdownEventLoops() {
        acceptors.shutdownGracefully(0, 5, TimeUnit.SECONDS).syncUninterruptibly();
        Set<EventExecutor> remaining = Set.copyOf(requestExecutors);
        remaining.forEach(requests -> requests.shutdownGracefully(REQUEST_THREAD_QUIET_MS, 5_000, TimeUnit.MILLISECONDS));
        remaining.forEach(requests -> requests.terminationFuture().syncUninterruptibly());
        workers.shutdownGracefully(0, 5, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
