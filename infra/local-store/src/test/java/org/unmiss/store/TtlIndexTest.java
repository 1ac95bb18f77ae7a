package org.unmiss.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TTL indexes expire documents, as the kit's idempotency records expect ({@code @Indexed(expireAfter = "24h")}
 * on {@code createdAt}, which Spring Data creates as {@code expireAfterSeconds: 86400}).
 */
class TtlIndexTest {

    @TempDir
    Path dataDir;

    @Test
    void deletesDocumentsWhoseIndexedDateIsOlderThanTheTtlAndKeepsTheRest() throws Exception {
        Instant now = Instant.now();
        LocalStore.StoreOptions options = new LocalStore.StoreOptions("127.0.0.1", 0, dataDir, false, Duration.ofMillis(200));
        try (LocalStore store = LocalStore.start(options); MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> records = client.getDatabase("humanrights").getCollection("idempotency_records");
            records.createIndex(Indexes.ascending("createdAt"), new IndexOptions().expireAfter(86_400L, TimeUnit.SECONDS));
            records.insertMany(List.of(
                    new Document("_id", "expired").append("createdAt", Date.from(now.minus(Duration.ofHours(25)))),
                    new Document("_id", "expired-in-array").append("createdAt",
                            List.of(Date.from(now.minus(Duration.ofDays(3))), Date.from(now))),
                    new Document("_id", "fresh").append("createdAt", Date.from(now.minus(Duration.ofHours(23)))),
                    new Document("_id", "not-a-date").append("createdAt", "2020-01-01"),
                    new Document("_id", "no-field")));
            MongoCollection<Document> cases = client.getDatabase("humanrights").getCollection("cases");
            cases.insertOne(new Document("_id", "HR-1").append("createdAt", Date.from(now.minus(Duration.ofDays(400)))));

            Instant deadline = Instant.now().plusSeconds(20);
            while (records.countDocuments(new Document("_id", new Document("$in", List.of("expired", "expired-in-array")))) > 0) {
                assertThat(Instant.now()).as("expired records deleted in time").isBefore(deadline);
                Thread.sleep(50);
            }
            assertThat(records.distinct("_id", String.class).into(new java.util.ArrayList<>()))
                    .containsExactlyInAnyOrder("fresh", "not-a-date", "no-field");
            assertThat(cases.countDocuments()).as("a collection without a TTL index keeps its documents").isEqualTo(1);
        }
        try (LocalStore store = LocalStore.start(options); MongoClient client = MongoClients.create(store.connectionString())) {
            assertThat(client.getDatabase("humanrights").getCollection("idempotency_records").countDocuments())
                    .as("the deletions reached the file").isEqualTo(3);
        }
    }
}
