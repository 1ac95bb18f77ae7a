package org.unmiss.store;

import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unmiss.store.bson.BsonH2Backend;
import org.unmiss.store.bson.StoreFile;
import org.unmiss.store.durable.GroupCommit;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * The platform's embedded store for local runs and CI: a MongoDB wire-protocol server
 * (mongo-java-server) on its H2 MVStore backend, with documents and index keys stored as BSON
 * ({@link BsonH2Backend}), so data survives restarts in one file under the data directory. Services connect
 * to it through the real MongoDB driver exactly as to MongoDB.
 *
 * <p>A write is answered only once it is committed and synced to the file ({@link GroupCommit}); TTL indexes
 * expire documents ({@link TtlSweeper}); it listens on loopback unless told otherwise explicitly; the data
 * directory is its owner's only. It keeps no oplog (no change streams). It is a development store: no
 * authentication, no TLS, no transactions, no $text or geospatial operators; production runs on a MongoDB
 * replica set.
 */
public final class LocalStore implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalStore.class);

    /** Idle commits: what changed without a reply waiting for it (TTL deletes) reaches the file this often. */
    private static final Duration IDLE_COMMIT_INTERVAL = Duration.ofSeconds(1);

    private final BsonH2Backend backend;
    private final GroupCommit commits;
    private final WireServer server;
    private final TtlSweeper sweeper;

    private LocalStore(BsonH2Backend backend, GroupCommit commits, WireServer server, TtlSweeper sweeper) {
        this.backend = backend;
        this.commits = commits;
        this.server = server;
        this.sweeper = sweeper;
    }

    /** Starts a store persisting to {@code dataDir/store.mv}, or in memory when dataDir is null. */
    public static LocalStore start(StoreOptions options) throws IOException {
        return start(options, failure -> { });
    }

    /**
     * As {@link #start(StoreOptions)}; {@code onFileFailure} hears of a commit or sync of the file that failed,
     * after which no write can be acknowledged (the store's {@code main} exits so that a supervisor restarts it).
     */
    public static LocalStore start(StoreOptions options, Consumer<Throwable> onFileFailure) throws IOException {
        InetSocketAddress address = listenAddress(options);
        MVStore file;
        GroupCommit commits = null;
        if (options.dataDir() == null) {
            file = StoreFile.inMemory();
        } else {
            DataDirectory.secure(options.dataDir());
            file = StoreFile.open(options.dataDir().resolve("store.mv"));
            DataDirectory.secure(options.dataDir());
            // a large sort's spill file holds documents: next to them, owner-only, not in a shared /tmp
            org.unmiss.store.bson.SpillingSort.spillInto(options.dataDir());
            commits = GroupCommit.start(file, IDLE_COMMIT_INTERVAL, onFileFailure);
        }
        GroupCommit committer = commits;
        BsonH2Backend backend = committer == null ? new BsonH2Backend(file) : new BsonH2Backend(file, committer::durable);
        long oplogEntries = backend.dropOplog();
        if (oplogEntries > 0) {
            log.info("dropped the oplog an earlier version kept ({} entries); the local store keeps none", oplogEntries);
        }
        WireServer server;
        try {
            server = new WireServer(backend, commits, address);
        } catch (RuntimeException e) {
            if (commits != null) {
                commits.close();
            }
            backend.close();
            throw e;
        }
        TtlSweeper sweeper = new TtlSweeper(backend, commits == null ? null : commits.operations(),
                Clock.systemUTC(), options.ttlInterval());
        return new LocalStore(backend, commits, server, sweeper);
    }

    private static InetSocketAddress listenAddress(StoreOptions options) throws UnknownHostException {
        InetAddress host = InetAddress.getByName(options.host());
        if (!host.isLoopbackAddress()) {
            if (!options.allowRemote()) {
                throw new IllegalArgumentException("local-store listens on loopback only, not on " + options.host()
                        + ": it has no authentication and no TLS. Pass --allow-remote (or STORE_ALLOW_REMOTE=true)"
                        + " to listen on it anyway");
            }
            log.warn("local-store listening on {} as --allow-remote asked: anyone who can reach this address can read"
                    + " and change every record, without authentication or TLS", options.host());
        }
        return new InetSocketAddress(host, options.port());
    }

    public InetSocketAddress address() {
        return server.address();
    }

    public String connectionString() {
        InetSocketAddress address = address();
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    @Override
    public void close() {
        sweeper.close();
        server.close();
        if (commits != null) {
            commits.close();
        }
        // closing the backend closes the MVStore, which commits what is left and marks a clean shutdown
        backend.close();
        log.info("local-store stopped");
    }

    public static void main(String[] args) throws Exception {
        StoreOptions options = StoreOptions.parse(args, System.getenv());
        LocalStore store = start(options, failure -> {
            log.error("local-store stops: its file can no longer be written safely", failure);
            // exit from another thread: this one is the committer, which the shutdown hook waits for
            new Thread(() -> System.exit(70), "local-store-exit").start();
        });
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
     * Command line: {@code --port=27017 --host=127.0.0.1 --data-dir=./data/store | --in-memory --allow-remote
     * --ttl-interval-seconds=60}; environment fallbacks {@code STORE_PORT}, {@code STORE_HOST},
     * {@code STORE_DATA_DIR}, {@code STORE_ALLOW_REMOTE=true}. A host that is not loopback is refused unless
     * remote listening is allowed explicitly.
     */
    public record StoreOptions(String host, int port, Path dataDir, boolean allowRemote, Duration ttlInterval) {

        public StoreOptions(String host, int port, Path dataDir) {
            this(host, port, dataDir, false, Duration.ofSeconds(60));
        }

        static StoreOptions parse(String[] args, Map<String, String> env) {
            String host = env.getOrDefault("STORE_HOST", "127.0.0.1");
            String port = env.getOrDefault("STORE_PORT", "27017");
            String dataDir = env.getOrDefault("STORE_DATA_DIR", "data/store");
            boolean allowRemote = "true".equalsIgnoreCase(env.get("STORE_ALLOW_REMOTE"));
            String ttlSeconds = "60";
            for (String arg : args) {
                if (arg.startsWith("--port=")) {
                    port = arg.substring("--port=".length());
                } else if (arg.startsWith("--host=")) {
                    host = arg.substring("--host=".length());
                } else if (arg.startsWith("--data-dir=")) {
                    dataDir = arg.substring("--data-dir=".length());
                } else if (arg.equals("--in-memory")) {
                    dataDir = null;
                } else if (arg.equals("--allow-remote")) {
                    allowRemote = true;
                } else if (arg.startsWith("--ttl-interval-seconds=")) {
                    ttlSeconds = arg.substring("--ttl-interval-seconds=".length());
                } else {
                    throw new IllegalArgumentException("unknown option " + arg + " (expected --port=N, --host=H,"
                            + " --data-dir=DIR, --in-memory, --allow-remote or --ttl-interval-seconds=N)");
                }
            }
            int ttl = number("ttl-interval-seconds", ttlSeconds);
            if (ttl < 1) {
                throw new IllegalArgumentException("ttl-interval-seconds must be at least 1, got " + ttl);
            }
            return new StoreOptions(host, number("port", port), dataDir == null ? null : Path.of(dataDir), allowRemote,
                    Duration.ofSeconds(ttl));
        }

        private static int number(String name, String value) {
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be a number, got " + value, e);
            }
        }
    }
}
