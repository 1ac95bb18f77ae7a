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
import org.unmiss.store.durable.ChangeLock;
import org.unmiss.store.durable.DurableReplies;
import org.unmiss.store.durable.GroupCommit;

import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/**
 * The wire-protocol listener: mongo-java-server's own decoder, encoders and request handler, with the
 * durability handlers of {@link GroupCommit} between them. mongo-java-server's {@code MongoServer} builds
 * its channel pipeline inside {@code bind} with no way to add a handler, which is why this class exists.
 */
final class WireServer implements AutoCloseable {

    private final EventLoopGroup acceptors = new NioEventLoopGroup(1, new MongoThreadFactory("local-store-accept"));
    private final EventLoopGroup workers = new NioEventLoopGroup(0, new MongoThreadFactory("local-store-worker"));
    private final ChannelGroup connections = new DefaultChannelGroup("local-store-connections", workers.next());
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
                            if (commits != null) {
                                channel.pipeline().addLast(new DurableReplies(commits), new ChangeLock(commits));
                            }
                            channel.pipeline().addLast(new MongoDatabaseHandler(backend, connections),
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
        workers.shutdownGracefully(0, 5, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
