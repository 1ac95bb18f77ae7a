package org.unmiss.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Durable before acknowledged: writers insert records and take reference numbers from a counter
 * ({@code findOneAndUpdate $inc}, as the services number their cases) while the store is killed with
 * SIGKILL; after a restart on the same file every acknowledged record is there and the counter stands at
 * or above every number handed out, so no number is issued twice. Before group commit, the store answered
 * before its once-a-second commit and lost the last fraction of a second of acknowledged writes.
 */
class KillDuringWritesTest {

    private static final int WRITERS = 6;
    private static final String PADDING = "x".repeat(512);

    @TempDir
    Path dataDir;

    @Test
    void everyAcknowledgedWriteAndNumberSurvivesKillNine() throws Exception {
        ConcurrentLinkedQueue<String> acknowledgedIds = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> handedOut = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> writers = new ArrayList<>();

        try (ChildStore store = ChildStore.start(dataDir, "256m"); MongoClient client = store.client()) {
            MongoCollection<Document> cases = client.getDatabase("humanrights").getCollection("cases");
            MongoCollection<Document> counters = client.getDatabase("humanrights").getCollection("counters");
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                Thread thread = new Thread(() -> {
                    for (int i = 0; !stop.get(); i++) {
                        try {
                            Document counter = counters.findOneAndUpdate(Filters.eq("_id", "HR-2026"), Updates.inc("seq", 1L),
                                    new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
                            handedOut.add(counter.getLong("seq"));
                            String id = "W" + writer + "-" + i;
                            cases.insertOne(new Document("_id", id).append("reference", counter.getLong("seq"))
                                    .append("narrative", PADDING));
                            acknowledgedIds.add(id);
                        } catch (RuntimeException storeGone) {
                            return;
                        }
                    }
                }, "writer-" + w);
                writers.add(thread);
                thread.start();
            }
            awaitAtLeast(acknowledgedIds, 400, Duration.ofSeconds(60), store);
            int exitStatus = store.kill();
            assertThat(exitStatus).as("killed by SIGKILL (128 + 9)").isEqualTo(137);
            stop.set(true);
            for (Thread writer : writers) {
                writer.join(30_000);
                assertThat(writer.isAlive()).as(writer.getName() + " stopped").isFalse();
            }
        }

        Set<String> acknowledged = new HashSet<>(acknowledgedIds);
        long highestNumber = handedOut.stream().mapToLong(Long::longValue).max().orElseThrow();
        assertThat(new HashSet<>(handedOut)).as("no number handed out twice before the kill").hasSize(handedOut.size());

        try (ChildStore store = ChildStore.start(dataDir, "256m"); MongoClient client = store.client()) {
            MongoCollection<Document> cases = client.getDatabase("humanrights").getCollection("cases");
            Set<String> stored = new HashSet<>();
            cases.find().projection(Projections.include("_id")).forEach(doc -> stored.add(doc.getString("_id")));
            Set<String> lost = new HashSet<>(acknowledged);
            lost.removeAll(stored);
            assertThat(lost).as("acknowledged before the kill but missing after the restart (of %d acknowledged)",
                    acknowledged.size()).isEmpty();

            MongoCollection<Document> counters = client.getDatabase("humanrights").getCollection("counters");
            Document counter = counters.find(Filters.eq("_id", "HR-2026")).first();
            assertThat(counter).as("the counter after the restart").isNotNull();
            long persisted = counter.getLong("seq");
            assertThat(persisted).as("the counter after the restart against the highest number handed out")
                    .isGreaterThanOrEqualTo(highestNumber);
            long next = counters.findOneAndUpdate(Filters.eq("_id", "HR-2026"), Updates.inc("seq", 1L),
                    new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)).getLong("seq");
            assertThat(next).as("the next number is a new one").isGreaterThan(highestNumber);
        }
    }

    private static void awaitAtLeast(ConcurrentLinkedQueue<String> acknowledged, int count, Duration timeout, ChildStore store) {
        Instant deadline = Instant.now().plus(timeout);
        while (acknowledged.size() < count) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("only " + acknowledged.size() + " writes acknowledged in " + timeout + ":\n" + store.output());
            }
            sleepBriefly();
        }
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
