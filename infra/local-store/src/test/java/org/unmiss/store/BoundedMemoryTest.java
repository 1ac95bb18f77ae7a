package org.unmiss.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 100,000 cases of 3 KB (about 300 MB of documents) in a store with a 128 MB heap: the first page of a filtered,
 * sorted case list, counts, a walk through the whole collection and a sort of all of it without a limit (spilled to
 * a file) all answer, and the store is still alive.
 * Before, each of these collected every matching document in memory and the store died of OutOfMemoryError.
 */
class BoundedMemoryTest {

    private static final int CASES = 100_000;
    private static final String[] OFFICES = {"JUB", "MAL", "WAU", "BOR", "BEN"};
    private static final Instant FIRST = Instant.parse("2024-01-01T00:00:00Z");

    @TempDir
    Path dataDir;

    @Test
    void largeFindsAndCountsAnswerWithinASmallHeap() throws Exception {
        try (ChildStore store = ChildStore.start(dataDir, "128m"); MongoClient client = store.client()) {
            MongoCollection<Document> cases = client.getDatabase("humanrights").getCollection("cases");
            String narrative = "n".repeat(3_000);
            List<Document> batch = new ArrayList<>();
            for (int i = 0; i < CASES; i++) {
                batch.add(new Document("_id", String.format("HR-%06d", i)).append("office", OFFICES[i % 5])
                        .append("reportedAt", Date.from(FIRST.plusSeconds(i * 600L))).append("narrative", narrative));
                if (batch.size() == 500) {
                    cases.insertMany(batch);
                    batch.clear();
                }
            }

            List<String> firstPage = new ArrayList<>();
            cases.find(Filters.eq("office", "MAL")).sort(Sorts.descending("reportedAt")).limit(20)
                    .forEach(document -> firstPage.add(document.getString("_id")));
            assertThat(firstPage).isEqualTo(IntStream.iterate(CASES - 4, i -> i - 5).limit(20)
                    .mapToObj(i -> String.format("HR-%06d", i)).toList());

            assertThat(cases.countDocuments()).isEqualTo(CASES);
            assertThat(cases.countDocuments(Filters.eq("office", "MAL"))).isEqualTo(CASES / 5);

            long walked = 0;
            for (Document ignored : cases.find(Filters.gte("reportedAt", Date.from(FIRST)))) {
                walked++;
            }
            assertThat(walked).as("every case, read through the cursor in batches").isEqualTo(CASES);

            // a sort no index serves and no limit bounds (an export, newest first): it spills to a file
            int expected = CASES - 1;
            for (Document document : cases.find().sort(Sorts.descending("reportedAt")).projection(Projections.include("_id"))) {
                assertThat(document.getString("_id")).isEqualTo(String.format("HR-%06d", expected--));
            }
            assertThat(expected).as("every case, newest first").isEqualTo(-1);
            // and all cases in _id order (how the human rights export streams them) is a walk, not a sort
            expected = 0;
            for (Document document : cases.find().sort(Sorts.ascending("_id")).projection(Projections.include("_id"))) {
                assertThat(document.getString("_id")).isEqualTo(String.format("HR-%06d", expected++));
            }
            assertThat(expected).isEqualTo(CASES);
            assertThat(store.output()).doesNotContain("OutOfMemoryError");
        }
    }
}
