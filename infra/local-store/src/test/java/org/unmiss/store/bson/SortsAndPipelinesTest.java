package org.unmiss.store.bson;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unmiss.store.LocalStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sorts without a limit and aggregations give what the stock code gives, in bounded memory: over the spill bound
 * a sort goes through a file (and leaves none behind); an aggregation's first {@code $match} reads through an index;
 * {@code _id} ascending is read in the map's order without a sort. Expected answers are computed here in Java from
 * the documents inserted, through the real driver.
 */
class SortsAndPipelinesTest {

    private static final String[] OFFICES = {"JUB", "MAL", "WAU", "BOR", "BEN"};
    private static final String[] TYPES = {"KILLING", "ABDUCTION", "SGBV", "DETENTION"};
    private static final Instant FIRST = Instant.parse("2024-01-01T00:00:00Z");
    /** Cases of ~2.5 KB: 12,000 are ~30 MB, past the 16 MB a sort keeps in memory. */
    private static final int CASES = 12_000;

    @TempDir
    Path dataDir;

    @Test
    void largeSortsSpillToAFileAndGiveTheSortedDocuments() throws Exception {
        Random random = new Random(7);
        try (LocalStore store = LocalStore.start(new LocalStore.StoreOptions("127.0.0.1", 0, dataDir));
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> cases = client.getDatabase("hr").getCollection("cases");
            List<Document> inserted = fill(cases, random);

            long spills = SpillingSort.SPILLS.sum();
            List<String> newestFirst = ids(cases.find().sort(Sorts.orderBy(Sorts.descending("incidentDate"),
                    Sorts.ascending("_id"))).projection(Projections.include("_id")));
            assertThat(newestFirst).isEqualTo(inserted.stream()
                    .sorted(Comparator.comparing((Document d) -> d.getDate("incidentDate")).reversed()
                            .thenComparing(d -> d.getString("_id"))).map(d -> d.getString("_id")).toList());
            // a sort on a field some documents lack: missing sorts first, equal ones keep their (_id) order
            List<String> bySeverity = ids(cases.find(Filters.ne("office", "JUB")).sort(Sorts.ascending("severity"))
                    .projection(Projections.include("_id")).skip(5));
            assertThat(bySeverity).isEqualTo(inserted.stream().filter(d -> !d.getString("office").equals("JUB"))
                    .sorted(Comparator.comparing((Document d) -> d.getInteger("severity", Integer.MIN_VALUE)))
                    .skip(5).map(d -> d.getString("_id")).toList());
            assertThat(SpillingSort.SPILLS.sum() - spills).as("both sorts went through a spill file").isEqualTo(2);
            try (Stream<Path> files = Files.list(dataDir)) {
                assertThat(files.map(path -> path.getFileName().toString())).as("no spill file left")
                        .noneMatch(name -> name.startsWith("sort-"));
            }

            long read = BsonCollection.DOCUMENTS_READ.sum();
            List<String> byId = ids(cases.find().sort(Sorts.ascending("_id")).projection(Projections.include("_id")));
            assertThat(byId).isEqualTo(inserted.stream().map(d -> d.getString("_id")).sorted().toList());
            assertThat(SpillingSort.SPILLS.sum() - spills).as("_id ascending is the map's order, no sort").isEqualTo(2);
            assertThat(BsonCollection.DOCUMENTS_READ.sum() - read).isEqualTo(CASES);

            // aggregation: $sort of everything spills too; $sort + $skip + $limit keeps only that many
            List<String> aggregated = new ArrayList<>();
            cases.aggregate(List.of(Aggregates.sort(Sorts.orderBy(Sorts.descending("incidentDate"), Sorts.ascending("_id"))),
                    Aggregates.project(Projections.include("_id")))).forEach(d -> aggregated.add(d.getString("_id")));
            assertThat(aggregated).isEqualTo(newestFirst);
            assertThat(SpillingSort.SPILLS.sum() - spills).isEqualTo(3);
            List<String> page = new ArrayList<>();
            cases.aggregate(List.of(Aggregates.sort(Sorts.orderBy(Sorts.descending("incidentDate"), Sorts.ascending("_id"))),
                    Aggregates.skip(100), Aggregates.limit(50), Aggregates.project(Projections.include("_id"))))
                    .forEach(d -> page.add(d.getString("_id")));
            assertThat(page).isEqualTo(newestFirst.subList(100, 150));
            assertThat(SpillingSort.SPILLS.sum() - spills).as("a sorted page is a top-k, not a spill").isEqualTo(3);
        }
    }

    @Test
    void anAggregationsFirstMatchReadsThroughAnIndexAndGroupsAsBefore() throws Exception {
        Random random = new Random(11);
        try (LocalStore store = LocalStore.start(new LocalStore.StoreOptions("127.0.0.1", 0, dataDir));
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> cases = client.getDatabase("hr").getCollection("cases");
            List<Document> inserted = fill(cases, random);
            cases.createIndex(Indexes.compoundIndex(Indexes.ascending("office"), Indexes.descending("incidentDate")));
            Date from = Date.from(FIRST.plusSeconds(3_600L * 24 * 100));

            Bson match = Filters.and(Filters.eq("office", "MAL"), Filters.gte("incidentDate", from));
            long read = BsonCollection.DOCUMENTS_READ.sum();
            List<Document> groups = cases.aggregate(List.of(Aggregates.match(match), Aggregates.unwind("$types"),
                    Aggregates.group("$types", Accumulators.sum("n", 1)), Aggregates.sort(Sorts.ascending("_id"))))
                    .into(new ArrayList<>());
            long readByAggregation = BsonCollection.DOCUMENTS_READ.sum() - read;
            List<Document> malSince = inserted.stream().filter(d -> d.getString("office").equals("MAL")
                    && !d.getDate("incidentDate").before(from)).toList();
            List<Document> expected = Stream.of(TYPES).sorted().map(type -> new Document("_id", type).append("n",
                    malSince.stream().mapToInt(d -> java.util.Collections.frequency(d.getList("types", String.class), type)).sum()))
                    .filter(d -> d.getInteger("n") > 0).toList();
            assertThat(groups).isEqualTo(expected);
            assertThat(readByAggregation).as("documents read: only the office's since the date, through the index")
                    .isEqualTo(malSince.size());

            // countDocuments ($match, $group {$sum: 1}) is a count: an equality on the index prefix reads no document
            read = BsonCollection.DOCUMENTS_READ.sum();
            assertThat(cases.countDocuments(Filters.eq("office", "WAU")))
                    .isEqualTo(inserted.stream().filter(d -> d.getString("office").equals("WAU")).count());
            assertThat(BsonCollection.DOCUMENTS_READ.sum() - read).as("answered from the index's key ranks").isZero();
            assertThat(cases.countDocuments(Filters.eq("office", "NONE"))).isZero();
            // with a range it reads through the index only the documents in it
            read = BsonCollection.DOCUMENTS_READ.sum();
            assertThat(cases.countDocuments(match)).isEqualTo(malSince.size());
            assertThat(BsonCollection.DOCUMENTS_READ.sum() - read).isEqualTo(malSince.size());
            assertThat(cases.countDocuments()).isEqualTo(CASES);

            // an unindexed $match still scans, and $count gives the stock answer
            Document counted = cases.aggregate(List.of(Aggregates.match(Filters.gte("severity", 3)), Aggregates.count("n")))
                    .first();
            assertThat(counted).isEqualTo(new Document("n",
                    (int) inserted.stream().filter(d -> d.getInteger("severity", -1) >= 3).count()));
        }
    }

    private static List<Document> fill(MongoCollection<Document> cases, Random random) {
        String narrative = "n".repeat(2_500);
        List<Document> inserted = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            Document c = new Document("_id", String.format("HR-%06d", i)).append("office", OFFICES[i % OFFICES.length])
                    .append("incidentDate", Date.from(FIRST.plusSeconds(3_600L * random.nextInt(24 * 365))))
                    .append("types", List.of(TYPES[random.nextInt(TYPES.length)], TYPES[random.nextInt(TYPES.length)]))
                    .append("narrative", narrative);
            if (random.nextInt(4) > 0) {
                c.append("severity", random.nextInt(5));
            }
            inserted.add(c);
        }
        for (int from = 0; from < CASES; from += 1_000) {
            cases.insertMany(inserted.subList(from, from + 1_000).stream().map(Document::new).toList());
        }
        return inserted;
    }

    private static List<String> ids(Iterable<Document> documents) {
        List<String> ids = new ArrayList<>();
        documents.forEach(document -> ids.add(document.getString("_id")));
        return ids;
    }
}
