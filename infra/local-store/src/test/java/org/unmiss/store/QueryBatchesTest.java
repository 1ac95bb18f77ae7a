package org.unmiss.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finds answered a batch at a time (scans resume after the last _id they passed), and pages of a sorted find, give
 * the same answers as a whole-result find would: order, filters, skip, limit, projection, counts.
 */
class QueryBatchesTest {

    private static final int COUNT = 2_500;

    @TempDir
    Path dataDir;

    @Test
    void scansInBatchesReturnEveryMatchingDocumentOnceInIdOrder() throws Exception {
        try (LocalStore store = LocalStore.start(new LocalStore.StoreOptions("127.0.0.1", 0, dataDir));
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> cases = seeded(client);

            List<String> all = ids(cases.find());
            assertThat(all).hasSize(COUNT).isSortedAccordingTo(String::compareTo).doesNotHaveDuplicates();

            List<String> malakal = ids(cases.find(Filters.eq("office", "MAL")).batchSize(7));
            assertThat(malakal).isEqualTo(IntStream.range(0, COUNT).filter(i -> i % 5 == 1).mapToObj(QueryBatchesTest::id).toList());

            assertThat(ids(cases.find(Filters.eq("office", "MAL")).skip(10).limit(250).batchSize(40)))
                    .isEqualTo(malakal.subList(10, 260));

            Document projected = cases.find(Filters.eq("_id", id(42))).projection(Projections.include("office")).first();
            assertThat(projected).isEqualTo(new Document("_id", id(42)).append("office", "WAU"));
            List<Document> projectedScan = cases.find(Filters.gte("n", COUNT - 3)).projection(Projections.include("n")).into(new ArrayList<>());
            assertThat(projectedScan).extracting(d -> d.keySet().size()).containsOnly(2);

            assertThat(cases.countDocuments()).isEqualTo(COUNT);
            assertThat(cases.countDocuments(Filters.eq("office", "MAL"))).isEqualTo(COUNT / 5);
            assertThat(cases.countDocuments(Filters.eq("office", "MAL"), new com.mongodb.client.model.CountOptions().skip(5).limit(3))).isEqualTo(3);
        }
    }

    @Test
    void aFindTheIdIndexAnswersGoesOutABatchAtATimeToo() throws Exception {
        try (LocalStore store = LocalStore.start(new LocalStore.StoreOptions("127.0.0.1", 0, dataDir));
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> cases = seeded(client);
            // a regular expression on _id is answered from the _id index; without a batch size the stock answer was
            // every match in one reply (108 MB for the humanrights bench's 48,878 copies, refused by the driver)
            Document reply = client.getDatabase("humanrights").runCommand(new Document("find", "cases")
                    .append("filter", new Document("_id", java.util.regex.Pattern.compile("^HR-001"))));
            Document cursor = reply.get("cursor", Document.class);
            assertThat(cursor.getList("firstBatch", Document.class)).hasSize(101);
            assertThat(cursor.getLong("id")).isNotZero();

            List<String> matching = IntStream.range(1_000, 2_000).mapToObj(QueryBatchesTest::id).toList();
            assertThat(ids(cases.find(Filters.regex("_id", "^HR-001")))).isEqualTo(matching);
            List<String> newestFirst = new ArrayList<>(matching);
            java.util.Collections.reverse(newestFirst);
            assertThat(ids(cases.find(Filters.regex("_id", "^HR-001")).sort(Sorts.descending("_id")))).isEqualTo(newestFirst);
            assertThat(ids(cases.find(Filters.regex("_id", "^HR-001")).skip(10).limit(5))).isEqualTo(matching.subList(10, 15));
        }
    }

    @Test
    void aPageOfASortedFindIsTheSameAsSortingEverything() throws Exception {
        try (LocalStore store = LocalStore.start(new LocalStore.StoreOptions("127.0.0.1", 0, dataDir));
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> cases = seeded(client);
            List<String> everything = ids(cases.find(Filters.eq("office", "WAU")).sort(Sorts.orderBy(Sorts.descending("rank"), Sorts.ascending("_id"))));
            assertThat(everything).hasSize(COUNT / 5);

            for (int page = 0; page < 4; page++) {
                List<String> onePage = ids(cases.find(Filters.eq("office", "WAU"))
                        .sort(Sorts.orderBy(Sorts.descending("rank"), Sorts.ascending("_id"))).skip(page * 20).limit(20));
                assertThat(onePage).as("page %d", page).isEqualTo(everything.subList(page * 20, page * 20 + 20));
            }
        }
    }

    @Test
    void aScanGoesOnAfterDocumentsChangeBetweenItsBatches() throws Exception {
        try (LocalStore store = LocalStore.start(new LocalStore.StoreOptions("127.0.0.1", 0, dataDir));
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> cases = seeded(client);
            List<String> seen = new ArrayList<>();
            try (var cursor = cases.find().batchSize(100).iterator()) {
                for (int i = 0; i < 150; i++) {
                    seen.add(cursor.next().getString("_id"));
                }
                cases.deleteOne(Filters.eq("_id", id(1_000)));
                cases.insertOne(new Document("_id", id(COUNT + 1)).append("office", "BOR"));
                cases.insertOne(new Document("_id", "A-before-the-cursor"));
                cursor.forEachRemaining(document -> seen.add(document.getString("_id")));
            }
            assertThat(seen).doesNotHaveDuplicates().doesNotContain(id(1_000), "A-before-the-cursor")
                    .contains(id(COUNT + 1)).hasSize(COUNT);
        }
    }

    private static MongoCollection<Document> seeded(MongoClient client) {
        MongoCollection<Document> cases = client.getDatabase("humanrights").getCollection("cases");
        String[] offices = {"JUB", "MAL", "WAU", "BOR", "BEN"};
        List<Document> batch = new ArrayList<>();
        // inserted in reverse so that _id order is not insertion order
        for (int i = COUNT - 1; i >= 0; i--) {
            batch.add(new Document("_id", id(i)).append("n", i).append("office", offices[i % 5]).append("rank", (i * 7919) % 101));
        }
        cases.insertMany(batch);
        return cases;
    }

    private static List<String> ids(Iterable<Document> documents) {
        List<String> ids = new ArrayList<>();
        documents.forEach(document -> ids.add(document.getString("_id")));
        return ids;
    }

    private static String id(int i) {
        return String.format("HR-%06d", i);
    }
}
