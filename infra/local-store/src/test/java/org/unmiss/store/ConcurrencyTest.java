package org.unmiss.store;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoServerException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Readers and long multi-document writes no longer hold a collection's writers back for their whole length
 * (issue 12: at 100,000 cases every write during a scan was refused and an {@code updateMany} blocked everything for
 * 9 minutes). Each test runs a long operation on one connection and, on another, inserts into the same collection
 * one after another while it runs: with the collection's lock held for the whole operation, no insert that starts
 * after it can be acknowledged before it ends. The store is file-backed, so every insert waits for its sync.
 */
class ConcurrencyTest {

    private static final int DOCUMENTS = 30_000;
    /** Inserts that must be acknowledged while the long operation runs (with the old lock two slipped in before the operation took it). */
    private static final int INSERTS_DURING = 5;

    @TempDir
    Path dataDir;

    @Test
    void writersGoOnWhileACountScansTheCollection() throws Exception {
        try (LocalStore store = LocalStore.start(new LocalStore.StoreOptions("127.0.0.1", 0, dataDir));
             MongoClient reader = MongoClients.create(store.connectionString());
             MongoClient writer = MongoClients.create(store.connectionString())) {
            fill(writer.getDatabase("hr").getCollection("cases"));
            // the count command (not countDocuments, an aggregation): the stock collection ran it under its lock
            Document countCommand = new Document("count", "cases")
                    .append("query", new Document("narrative", new Document("$regex", "never-there")));
            Overlap overlap = whileRunning(() -> reader.getDatabase("hr").runCommand(countCommand),
                    writer.getDatabase("hr").getCollection("cases"));
            assertThat(((Number) ((Document) overlap.result()).get("n")).intValue()).isZero();
            assertThat(overlap.insertsDuring()).as("inserts acknowledged while the count scanned %d documents (%d ms)",
                    DOCUMENTS, overlap.millis()).isGreaterThanOrEqualTo(INSERTS_DURING);
        }
    }

    @Test
    void everyOtherConnectionIsAnsweredWhileOneScans() throws Exception {
        // More connections than the store's network threads (netty's default, two per core), so that some share the
        // scanning connection's thread: while requests were handled on it, those waited for the scan to end.
        int others = 4 * Runtime.getRuntime().availableProcessors() + 1;
        try (LocalStore store = LocalStore.start(new LocalStore.StoreOptions("127.0.0.1", 0, dataDir));
             MongoClient reader = MongoClients.create(store.connectionString())) {
            fill(reader.getDatabase("hr").getCollection("cases"));
            List<MongoClient> clients = new ArrayList<>();
            try {
                for (int i = 0; i < others; i++) {
                    clients.add(MongoClients.create(MongoClientSettings.builder()
                            .applyConnectionString(new ConnectionString(store.connectionString()))
                            .applyToConnectionPoolSettings(pool -> pool.maxSize(1)).build()));
                }
                Document ping = new Document("ping", 1);
                clients.forEach(client -> client.getDatabase("hr").runCommand(ping)); // each connected before the scan
                Document slowCount = new Document("count", "cases")
                        .append("query", new Document("narrative", new Document("$regex", "never-there")));
                CompletableFuture<Long> scanEnded = new CompletableFuture<>();
                CompletableFuture.runAsync(() -> {
                    try {
                        reader.getDatabase("hr").runCommand(slowCount);
                    } finally {
                        scanEnded.complete(System.nanoTime());
                    }
                });
                List<Long> answered = new ArrayList<>();
                for (MongoClient client : clients) {
                    client.getDatabase("hr").getCollection("cases").find(Filters.eq("_id", "HR-000001")).first();
                    answered.add(System.nanoTime());
                }
                long ended = scanEnded.get(5, TimeUnit.MINUTES);
                assertThat(answered).as("each of %d connections answered before the scan of %d documents ended",
                        others, DOCUMENTS).allSatisfy(at -> assertThat(at).isLessThan(ended));
            } finally {
                clients.forEach(MongoClient::close);
            }
        }
    }

    @Test
    void aLongUpdateManyAndDeleteManyLetOtherWritersInAndChangeEachDocumentOnce() throws Exception {
        try (LocalStore store = LocalStore.start(new LocalStore.StoreOptions("127.0.0.1", 0, dataDir));
             MongoClient client = MongoClients.create(store.connectionString());
             MongoClient writer = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> cases = client.getDatabase("hr").getCollection("cases");
            cases.createIndex(Indexes.ascending("revision"));
            fill(cases);
            MongoCollection<Document> sameCollection = writer.getDatabase("hr").getCollection("cases");

            Overlap update = whileRunning(() -> cases.updateMany(Filters.eq("kind", "case"),
                    Updates.combine(Updates.inc("revision", 1), Updates.set("narrative", "short"))), sameCollection);
            UpdateResult result = (UpdateResult) update.result();
            assertThat(result.getMatchedCount()).isEqualTo(DOCUMENTS);
            assertThat(result.getModifiedCount()).isEqualTo(DOCUMENTS);
            assertThat(update.insertsDuring()).as("inserts acknowledged during an updateMany of %d documents (%d ms)",
                    DOCUMENTS, update.millis()).isGreaterThanOrEqualTo(INSERTS_DURING);
            assertThat(cases.countDocuments(Filters.eq("revision", 1))).as("each document updated once").isEqualTo(DOCUMENTS);
            assertThat(cases.countDocuments(Filters.ne("revision", 1))).as("the inserted ones untouched")
                    .isEqualTo(update.inserts());
            // the index was kept with every step: the planner's answer equals a scan's
            assertThat(cases.find(Filters.eq("revision", 1)).into(new ArrayList<>())).hasSize(DOCUMENTS);

            Overlap delete = whileRunning(() -> cases.deleteMany(Filters.eq("kind", "case")).getDeletedCount(), sameCollection);
            assertThat(delete.result()).isEqualTo((long) DOCUMENTS);
            assertThat(delete.insertsDuring()).as("inserts acknowledged during a deleteMany of %d documents (%d ms)",
                    DOCUMENTS, delete.millis()).isGreaterThanOrEqualTo(INSERTS_DURING);
            assertThat(cases.countDocuments()).isEqualTo(update.inserts() + delete.inserts());
            assertThat(cases.find(Filters.eq("revision", 1)).into(new ArrayList<>())).isEmpty();
        }
    }

    @Test
    void aMultiDocumentWriteOverTheLimitIsRefusedBeforeItChangesAnything() throws Exception {
        try (LocalStore store = LocalStore.start(new LocalStore.StoreOptions("127.0.0.1", 0, null));
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> entries = client.getDatabase("hr").getCollection("entries");
            int tooMany = 50_001; // one more than BsonCollection.MAX_MULTI_WRITE
            List<Document> batch = new ArrayList<>();
            for (int i = 0; i < tooMany; i++) {
                batch.add(new Document("_id", i).append("revision", 0));
                if (batch.size() == 5_000 || i == tooMany - 1) {
                    entries.insertMany(batch);
                    batch.clear();
                }
            }
            assertThatThrownBy(() -> entries.updateMany(Filters.gte("_id", 0), Updates.inc("revision", 1)))
                    .isInstanceOfSatisfying(MongoServerException.class, refused -> assertThat(refused.getCode()).isEqualTo(146))
                    .hasMessageContaining("matches more than 50,000 documents").hasMessageContaining("run it in parts");
            assertThatThrownBy(() -> entries.deleteMany(Filters.gte("_id", 0)))
                    .isInstanceOfSatisfying(MongoServerException.class, refused -> assertThat(refused.getCode()).isEqualTo(146))
                    .hasMessageContaining("deleteMany on hr.entries");
            assertThat(entries.countDocuments(Filters.eq("revision", 0))).as("nothing changed").isEqualTo(tooMany);
            // within the limit it runs
            assertThat(entries.updateMany(Filters.lt("_id", 50_000), Updates.inc("revision", 1)).getModifiedCount())
                    .isEqualTo(50_000);
        }
    }

    private static void fill(MongoCollection<Document> cases) {
        String narrative = "n".repeat(2_000);
        List<Document> batch = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            batch.add(new Document("_id", String.format("HR-%06d", i)).append("kind", "case").append("n", i)
                    .append("revision", 0).append("narrative", narrative));
            if (batch.size() == 1_000) {
                cases.insertMany(batch);
                batch.clear();
            }
        }
    }

    /**
     * Runs {@code operation} on its own connection and inserts into {@code collection} one after another until it
     * has answered; counts the inserts that were sent after it started and acknowledged before it answered.
     */
    private static Overlap whileRunning(Supplier<Object> operation, MongoCollection<Document> collection) throws Exception {
        long started = System.nanoTime();
        CompletableFuture<Long> finished = new CompletableFuture<>();
        CompletableFuture<Object> result = CompletableFuture.supplyAsync(() -> {
            try {
                return operation.get();
            } finally {
                finished.complete(System.nanoTime());
            }
        });
        int during = 0;
        int inserts = 0;
        while (!finished.isDone()) {
            collection.insertOne(new Document("kind", "other").append("revision", -1));
            inserts++;
            long acknowledged = System.nanoTime();
            if (!finished.isDone() || finished.getNow(Long.MIN_VALUE) > acknowledged) {
                during++;
            }
        }
        Object value = result.get(5, TimeUnit.MINUTES);
        return new Overlap(value, during, inserts, TimeUnit.NANOSECONDS.toMillis(finished.get() - started));
    }

    private record Overlap(Object result, int insertsDuring, long inserts, long millis) {
    }
}
