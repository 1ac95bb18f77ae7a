package org.unmiss.kit.testing;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * The in-memory MongoDB wire-protocol server a service's tests run against: the same server the
 * local platform uses (without persistence), reached through the real driver on a loopback port.
 * Set {@value #URI_PROPERTY} (e.g. {@code -Dstore.uri=mongodb://db1,db2,db3/?replicaSet=rs0}) to
 * run the same tests against a real MongoDB instead: see {@link #connectionStringFor}.
 */
public final class EmbeddedStore implements AutoCloseable {

    /** The switch: a MongoDB connection string the tests use instead of starting the embedded store. */
    public static final String URI_PROPERTY = "store.uri";

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

    /**
     * The store a test context uses: the given {@value #URI_PROPERTY} when one is set (a site's own
     * MongoDB replica set, to prove the services work on it), else the embedded store, started on
     * first use only.
     */
    public static String connectionStringFor(String configuredUri, java.util.function.Supplier<EmbeddedStore> embedded) {
        if (configuredUri != null && !configuredUri.isBlank()) {
            if (!configuredUri.startsWith("mongodb://") && !configuredUri.startsWith("mongodb+srv://")) {
                throw new IllegalArgumentException(URI_PROPERTY + " must be a mongodb:// or mongodb+srv:// connection string, not "
                        + configuredUri);
            }
            return configuredUri;
        }
        return embedded.get().connectionString();
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
