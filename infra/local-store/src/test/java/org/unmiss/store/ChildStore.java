package org.unmiss.store;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The store as {@code ./platform} runs it: {@link LocalStore#main} in a JVM of its own (this JVM's java,
 * the test classpath, a small heap), so that a test can kill it with SIGKILL and start it again.
 */
final class ChildStore implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final int port;

    private ChildStore(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    static ChildStore start(Path dataDir, String heap, String... extraArgs) throws IOException, InterruptedException {
        int port = freePort();
        Path log = Files.createTempFile("local-store-child", ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // store.child.classpath: another build of the store, to show what a test proves against it
                "-Xmx" + heap, "-cp", System.getProperty("store.child.classpath", System.getProperty("java.class.path")),
                LocalStore.class.getName(), "--port=" + port, "--data-dir=" + dataDir));
        command.addAll(List.of(extraArgs));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ChildStore child = new ChildStore(process, log, port);
        try {
            child.awaitReady(Duration.ofSeconds(60));
        } catch (RuntimeException | Error | InterruptedException e) {
            // not yet in the caller's try-with-resources: stop it here, or it outlives the test
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            throw e;
        }
        return child;
    }

    String connectionString() {
        return "mongodb://127.0.0.1:" + port;
    }

    /**
     * A client that never retries a write on its own and, waiting at most 5 s for a server, gives up soon once the
     * store is gone (a loaded build machine can take over a second for the first handshake).
     */
    MongoClient client() {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(connectionString()))
                .retryWrites(false).retryReads(false)
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(5, TimeUnit.SECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(2, TimeUnit.SECONDS).readTimeout(60, TimeUnit.SECONDS))
                .build());
    }

    /** SIGKILL (what {@link Process#destroyForcibly()} sends on Linux), then the exit status it left. */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the killed store did not exit");
        }
        return process.exitValue();
    }

    String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private void awaitReady(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the store exited with " + process.exitValue() + ":\n" + output());
            }
            if (output().contains("local-store ready on")) {
                try (MongoClient client = client()) {
                    client.getDatabase("admin").runCommand(new Document("ping", 1));
                    return;
                } catch (MongoException slowToAnswer) {
                    // polled again until the deadline
                }
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the store was not ready within " + timeout + ":\n" + output());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
