package org.unmiss.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a crash during a long {@code updateMany} leaves (ADR 0041): the store is killed with SIGKILL while it updates
 * 30,000 documents; after a restart the updated ones are a prefix of the collection in {@code _id} order (the update
 * walks it in that order, a step at a time, and commits fall between steps), each document is wholly updated or not
 * at all, and the index on the updated field agrees with the documents.
 */
class KillDuringUpdateManyTest {

    private static final int DOCUMENTS = 30_000;

    @TempDir
    Path dataDir;

    @Test
    void aKilledUpdateManyLeavesAPrefixOfWholeDocumentsAndAConsistentIndex() throws Exception {
        try (ChildStore store = ChildStore.start(dataDir, "256m"); MongoClient client = store.client()) {
            MongoCollection<Document> cases = client.getDatabase("hr").getCollection("cases");
            cases.createIndex(Indexes.ascending("status"));
            String narrative = "n".repeat(1_000);
            List<Document> batch = new ArrayList<>();
            for (int i = 0; i < DOCUMENTS; i++) {
                batch.add(new Document("_id", String.format("HR-%06d", i)).append("status", "OPEN").append("revision", 0)
                        .append("narrative", narrative));
                if (batch.size() == 1_000) {
                    cases.insertMany(batch);
                    batch.clear();
                }
            }
            CompletableFuture<Void> update = CompletableFuture.runAsync(() -> {
                try {
                    cases.updateMany(Filters.eq("status", "OPEN"),
                            Updates.combine(Updates.set("status", "ARCHIVED"), Updates.inc("revision", 1)));
                } catch (RuntimeException storeGone) {
                    // killed under it
                }
            });
            // reads go on during the update and see its progress (not yet all of it on disk)
            Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
            while (cases.countDocuments(Filters.eq("status", "ARCHIVED")) < DOCUMENTS / 3 && !update.isDone()) {
                assertThat(Instant.now()).as("the update's progress").isBefore(deadline);
            }
            assertThat(update).as("killed while the update still ran").isNotDone();
            assertThat(store.kill()).isEqualTo(137);
            update.join();
        }

        try (ChildStore store = ChildStore.start(dataDir, "256m"); MongoClient client = store.client()) {
            MongoCollection<Document> cases = client.getDatabase("hr").getCollection("cases");
            List<Document> all = cases.find().sort(Sorts.ascending("_id")).projection(Projections.exclude("narrative"))
                    .into(new ArrayList<>());
            assertThat(all).as("no document lost or added").hasSize(DOCUMENTS);
            int updated = 0;
            while (updated < all.size() && all.get(updated).getString("status").equals("ARCHIVED")) {
                updated++;
            }
            List<Document> rest = all.subList(updated, all.size());
            assertThat(rest).as("after the first document not updated (%d updated), none is", updated)
                    .allSatisfy(document -> assertThat(document.getString("status")).isEqualTo("OPEN"));
            assertThat(all.subList(0, updated)).as("each updated document wholly updated")
                    .allSatisfy(document -> assertThat(document.getInteger("revision")).isEqualTo(1));
            assertThat(rest).allSatisfy(document -> assertThat(document.getInteger("revision")).isZero());
            assertThat(updated).as("updated documents on disk (some, not all)").isBetween(1, DOCUMENTS - 1);
            // the status index (used for an equality on it) agrees with the documents
            assertThat(cases.find(Filters.eq("status", "ARCHIVED")).projection(Projections.include("_id")).into(new ArrayList<>()))
                    .hasSize(updated);
            assertThat(cases.find(Filters.eq("status", "OPEN")).projection(Projections.include("_id")).into(new ArrayList<>()))
                    .hasSize(DOCUMENTS - updated);
            // and the update can simply be run again to finish
            assertThat(cases.updateMany(Filters.eq("status", "OPEN"),
                    Updates.combine(Updates.set("status", "ARCHIVED"), Updates.inc("revision", 1))).getModifiedCount())
                    .isEqualTo(DOCUMENTS - updated);
            assertThat(cases.countDocuments(Filters.eq("revision", 1))).isEqualTo(DOCUMENTS);
        }
    }
}
