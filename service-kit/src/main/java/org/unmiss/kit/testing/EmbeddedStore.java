package org.unmiss.kit.testing;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * The in-memory MongoDB wire-protocol server a service's tests run against: the same server the
 * local platform uses (without persistence), reached through the real driver on a loopback port.
 */
public final class EmbeddedStore implements AutoCloseable {

    private final MongoServer server;
    private final String connectionString;

    private EmbeddedStore(MongoServer server, String connectionString) {
        this.server = server;
        this.connectionString = connectionString;
    }

    public static EmbeddedStore start() {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.enableOplog();
        String uri = server.bindAndGetConnectionString();
        return new EmbeddedStore(server, uri);
    }

    public String connectionString() {
        return connectionString;
    }

    /** Simulates the store going down (fault tests); connections are refused afterwards. */
    @Override
    public void close() {
        server.shutdownNow();
    }
}
