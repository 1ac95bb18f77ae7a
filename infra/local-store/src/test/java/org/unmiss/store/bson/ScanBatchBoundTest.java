package org.unmiss.store.bson;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unmiss.store.LocalStore;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch of an unlimited find passes a bounded number of documents: one that matches little over a large collection
 * is answered in parts (an empty batch, the cursor open) instead of one request longer than the client's socket
 * timeout, and the driver's cursor still returns every match once. A find with a limit is not cut short.
 */
class ScanBatchBoundTest {

    private static final int COUNT = 2_500;
    private int bound;

    @TempDir
    Path dataDir;

    @BeforeEach
    void smallBound() {
        bound = BsonCollection.examinedPerBatch;
        BsonCollection.examinedPerBatch = 1_000;
    }

    @AfterEach
    void restoreBound() {
        BsonCollection.examinedPerBatch = bound;
    }

    @Test
    void aFindMatchingOnlyFarDocumentsIsAnsweredInPartsAndFindsThemAll() throws Exception {
        try (LocalStore store = LocalStore.start(new LocalStore.StoreOptions("127.0.0.1", 0, dataDir));
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> cases = client.getDatabase("humanrights").getCollection("cases");
            cases.insertMany(IntStream.range(0, COUNT)
                    .mapToObj(n -> new Document("_id", String.format("HR-%06d", n)).append("n", n)).toList());

            // no index serves n: the first batch passes 1,000 documents, finds none and leaves the cursor open
            Document reply = client.getDatabase("humanrights").runCommand(new Document("find", "cases")
                    .append("filter", new Document("n", new Document("$gte", 2_400))));
            Document cursor = reply.get("cursor", Document.class);
            assertThat(cursor.getList("firstBatch", Document.class)).isEmpty();
            assertThat(cursor.getLong("id")).isNotZero();

            List<Integer> found = new ArrayList<>();
            cases.find(Filters.gte("n", 2_400)).forEach(document -> found.add(document.getInteger("n")));
            assertThat(found).isEqualTo(IntStream.range(2_400, COUNT).boxed().toList());
            // a read of one document (the driver's first(): a limit, a single batch) gets it in its one batch
            Document last = cases.find(Filters.eq("n", 2_499)).first();
            assertThat(last).isNotNull();
            assertThat(last.getInteger("n")).isEqualTo(2_499);
            assertThat(cases.countDocuments(Filters.gte("n", 2_400))).isEqualTo(100);
        }
    }
}
