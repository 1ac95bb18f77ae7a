package org.unmiss.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.BsonBinarySubType;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The store's own page format (documents and index keys as BSON), through the real driver. Every check that
 * matters reads after a restart, so the values come back from the file, not from MVStore's page cache.
 */
class BsonStoreFormatTest {

    @TempDir
    Path dataDir;

    @Test
    void everyValueTypeComesBackFromTheFileAsItWasWritten() throws Exception {
        ObjectId id = new ObjectId();
        Date recorded = Date.from(Instant.parse("2026-01-01T06:30:00Z"));
        Document written = new Document("_id", id)
                .append("reference", "HR-2026-000123")
                .append("count", 42)
                .append("big", 9_000_000_000L)
                .append("ratio", 0.473)
                .append("amount", new Decimal128(new BigDecimal("1446.50")))
                .append("verified", true)
                .append("closedOn", null)
                .append("recordedAt", recorded)
                .append("sealed", new Binary(new byte[]{1, 2, 3, 4}))
                .append("victims", List.of(new Document("code", "V-1").append("age", 14), new Document("code", "V-2")))
                .append("location", new Document("type", "Point").append("coordinates", List.of(31.58, 4.85)))
                .append("tags", List.of("CRSV", "CHILD"));

        withStore(client -> client.getDatabase("humanrights").getCollection("cases").insertOne(written));
        withStore(client -> {
            Document read = client.getDatabase("humanrights").getCollection("cases").find(new Document("_id", id)).first();
            assertThat(read).isEqualTo(written);
            assertThat(read.get("big")).isInstanceOf(Long.class);
            assertThat(read.get("count")).isInstanceOf(Integer.class);
            assertThat(((Binary) read.get("sealed")).getType()).isEqualTo(BsonBinarySubType.BINARY.getValue());
        });
    }

    @Test
    void uniqueIndexesHoldAcrossRestartsAndCompareValuesAsMongoDbDoes() throws Exception {
        withStore(client -> {
            MongoCollection<Document> people = client.getDatabase("personnel").getCollection("people");
            people.createIndex(Indexes.ascending("country", "serviceNumber"), new IndexOptions().unique(true));
            people.insertOne(new Document("_id", 1).append("country", "KEN").append("serviceNumber", "S-1"));
            people.insertOne(new Document("_id", 2).append("country", "IND").append("serviceNumber", "S-1"));
        });
        withStore(client -> {
            MongoCollection<Document> people = client.getDatabase("personnel").getCollection("people");
            assertDuplicateKey(() -> people.insertOne(new Document("_id", 3).append("country", "KEN").append("serviceNumber", "S-1")));
            // MongoDB's _id index treats 1, 1L and 1.0 as the same value
            assertDuplicateKey(() -> people.insertOne(new Document("_id", 1.0).append("country", "NPL").append("serviceNumber", "S-9")));
            assertDuplicateKey(() -> people.insertOne(new Document("_id", 2L).append("country", "NPL").append("serviceNumber", "S-8")));
            people.insertOne(new Document("_id", 4).append("country", "NPL").append("serviceNumber", "S-1"));
            assertThat(people.countDocuments()).isEqualTo(3);
            assertThat(people.find(new Document("_id", 2)).first().getString("country")).isEqualTo("IND");
        });
    }

    @Test
    void manyDocumentsSplitIntoPagesAndComeBackInIdOrder() throws Exception {
        int count = 5_000;
        withStore(client -> {
            List<Document> people = new ArrayList<>();
            for (int i = count; i >= 1; i--) {
                people.add(new Document("_id", String.format("UN-%06d", i)).append("name", "Person " + i)
                        .append("languages", List.of("en", "ar")));
            }
            client.getDatabase("personnel").getCollection("people").insertMany(people);
        });
        withStore(client -> {
            MongoCollection<Document> people = client.getDatabase("personnel").getCollection("people");
            assertThat(people.countDocuments()).isEqualTo(count);
            assertThat(people.find().sort(Sorts.ascending("_id")).first().getString("_id")).isEqualTo("UN-000001");
            assertThat(people.find(new Document("_id", "UN-004321")).first().getString("name")).isEqualTo("Person 4321");
            assertDuplicateKey(() -> people.insertOne(new Document("_id", "UN-002500")));
        });
    }

    @Test
    void convertsAFileWrittenByTheStockH2BackendOnce() throws Exception {
        Path file = dataDir.resolve("store.mv");
        MongoServer stock = new MongoServer(new H2Backend(file.toString()));
        stock.enableOplog();
        try (MongoClient client = MongoClients.create(stock.bindAndGetConnectionString())) {
            MongoCollection<Document> offices = client.getDatabase("personnel").getCollection("field_offices");
            offices.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
            offices.insertOne(new Document("_id", "MALAKAL").append("code", "MAL").append("opened", Date.from(Instant.parse("2011-07-09T00:00:00Z"))));
            offices.insertOne(new Document("_id", "WAU").append("code", "WAU"));
        } finally {
            stock.shutdown();
        }

        withStore(client -> {
            MongoCollection<Document> offices = client.getDatabase("personnel").getCollection("field_offices");
            assertThat(offices.countDocuments()).isEqualTo(2);
            assertThat(offices.find(new Document("_id", "MALAKAL")).first().getDate("opened"))
                    .isEqualTo(Date.from(Instant.parse("2011-07-09T00:00:00Z")));
            assertDuplicateKey(() -> offices.insertOne(new Document("_id", "JUBA").append("code", "WAU")));
            offices.insertOne(new Document("_id", "JUBA").append("code", "JUB"));
        });
        Path kept = dataDir.resolve("store.mv.java-serialised");
        assertThat(kept).exists();
        long keptModified = Files.getLastModifiedTime(kept).toMillis();

        withStore(client -> assertThat(client.getDatabase("personnel").getCollection("field_offices").countDocuments()).isEqualTo(3));
        assertThat(Files.getLastModifiedTime(kept).toMillis()).as("converted once only").isEqualTo(keptModified);
        assertThat(dataDir.resolve("store.mv.converting")).doesNotExist();
    }

    @Test
    void finishesAConversionThatStoppedBetweenItsTwoRenames() throws Exception {
        Path file = dataDir.resolve("store.mv");
        MongoServer stock = new MongoServer(new H2Backend(file.toString()));
        try (MongoClient client = MongoClients.create(stock.bindAndGetConnectionString())) {
            client.getDatabase("gender").getCollection("trainings").insertOne(new Document("_id", "TR-1").append("women", 14));
        } finally {
            stock.shutdown();
        }
        withStore(client -> assertThat(client.getDatabase("gender").getCollection("trainings").countDocuments()).isEqualTo(1));
        // The state a stop right after "old file kept" and before "converted file in place" leaves behind.
        Files.move(file, dataDir.resolve("store.mv.converting"));

        withStore(client -> assertThat(client.getDatabase("gender").getCollection("trainings")
                .find(new Document("_id", "TR-1")).first().getInteger("women")).isEqualTo(14));
        assertThat(dataDir.resolve("store.mv.converting")).doesNotExist();
    }

    @Test
    void refusesAFileOfAnotherStoreFormat() {
        Path file = dataDir.resolve("store.mv");
        MVStore other = new MVStore.Builder().fileName(file.toString()).open();
        other.openMap("unmiss.store-format").put("format", "bson-99");
        other.close();

        assertThatThrownBy(() -> LocalStore.start(new LocalStore.StoreOptions("127.0.0.1", 0, dataDir)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("bson-99");
    }

    private void withStore(Consumer<MongoClient> work) throws Exception {
        try (LocalStore store = LocalStore.start(new LocalStore.StoreOptions("127.0.0.1", 0, dataDir));
             MongoClient client = MongoClients.create(store.connectionString())) {
            work.accept(client);
        }
    }

    private static void assertDuplicateKey(Runnable insert) {
        assertThatThrownBy(insert::run)
                .isInstanceOfSatisfying(MongoWriteException.class,
                        e -> assertThat(e.getError().getCategory()).isEqualTo(ErrorCategory.DUPLICATE_KEY));
    }
}
