package org.unmiss.store;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.slf4j.Logger;
import org.unmiss.store.bson.BsonH2Backend;
import org.unmiss.store.bson.StoreFile;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The platform's embedded store for local runs and CI: a MongoDB wire-protocol server
 * (mongo-java-server) on its H2 MVStore backend, with documents and index keys stored as BSON
 * ({@link BsonH2Backend}), so data survives restarts in one file under the data directory. Services connect to it through the real MongoDB driver exactly as to MongoDB.
 * The oplog is on so change streams work. On SIGTERM the store is closed cleanly (MVStore flushed).
 *
 * <p>What it does not do (no $text, no geospatial operators, no multi-document transactions) is
 * listed in DESIGN.md; production runs on a MongoDB replica set instead.
 */
public final class LocalStore implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalStore.class);

    private final MongoServer server;
    private final H2Backend backend;
    private final InetSocketAddress address;

    private LocalStore(MongoServer server, H2Backend backend, InetSocketAddress address) {
        this.server = server;
        this.backend = backend;
        this.address = address;
    }

    /** Starts a store persisting to {@code dataDir/store.mv}, or in memory when dataDir is null. */
    public static LocalStore start(StoreOptions options) throws IOException {
        H2Backend backend;
        if (options.dataDir() == null) {
            backend = new BsonH2Backend(StoreFile.inMemory());
        } else {
            Files.createDirectories(options.dataDir());
            backend = new BsonH2Backend(StoreFile.open(options.dataDir().resolve("store.mv")));
        }
        MongoServer server = new MongoServer(backend);
        server.enableOplog();
        server.bind(options.host(), options.port());
        return new LocalStore(server, backend, server.getLocalAddress());
    }

    public InetSocketAddress address() {
        return address;
    }

    public String connectionString() {
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    @Override
    public void close() {
        // shutdown() closes client connections and the backend, which commits and closes the MVStore.
        server.shutdown();
        log.info("local-store stopped");
    }

    public static void main(String[] args) throws Exception {
        StoreOptions options = StoreOptions.parse(args, System.getenv());
        LocalStore store = start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            store.close();
            stopped.countDown();
        }, "local-store-shutdown"));
        log.info("local-store ready on {} (data: {})", store.connectionString(),
                options.dataDir() == null ? "in memory" : options.dataDir().resolve("store.mv").toAbsolutePath());
        stopped.await();
    }

    /**
     * Command line: {@code --port=27017 --host=127.0.0.1 --data-dir=./data/store | --in-memory};
     * environment fallbacks {@code STORE_PORT}, {@code STORE_HOST}, {@code STORE_DATA_DIR}.
     */
    public record StoreOptions(String host, int port, Path dataDir) {

        static StoreOptions parse(String[] args, java.util.Map<String, String> env) {
            String host = env.getOrDefault("STORE_HOST", "127.0.0.1");
            String port = env.getOrDefault("STORE_PORT", "27017");
            String dataDir = env.getOrDefault("STORE_DATA_DIR", "data/store");
            for (String arg : args) {
                if (arg.startsWith("--port=")) {
                    port = arg.substring("--port=".length());
                } else if (arg.startsWith("--host=")) {
                    host = arg.substring("--host=".length());
                } else if (arg.startsWith("--data-dir=")) {
                    dataDir = arg.substring("--data-dir=".length());
                } else if (arg.equals("--in-memory")) {
                    dataDir = null;
                } else {
                    throw new IllegalArgumentException("unknown option " + arg
                            + " (expected --port=N, --host=H, --data-dir=DIR or --in-memory)");
                }
            }
            int portNumber;
            try {
                portNumber = Integer.parseInt(port);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("port must be a number, got " + port, e);
            }
            return new StoreOptions(host, portNumber, dataDir == null ? null : Path.of(dataDir));
        }
    }
}
