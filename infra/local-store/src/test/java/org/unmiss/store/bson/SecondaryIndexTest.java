package org.unmiss.store.bson;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unmiss.store.LocalStore;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Secondary indexes: kept on insert, update and delete, used by the queries they can answer, and giving exactly
 * what a scan gives. Every query runs against two collections holding the same documents, one with indexes and
 * one without, through the real driver.
 */
class SecondaryIndexTest {

    private static final String[] OFFICES = {"JUB", "MAL", "WAU", "BOR", "BEN", "TOR", "KUA", "YAM", "AWE", "RUM"};
    private static final String[] STATUSES = {"OPEN", "VERIFIED", "CLOSED", "REFERRED", "PENDING", "ARCHIVED"};
    private static final Instant FIRST = Instant.parse("2016-01-01T00:00:00Z");
    private static final long TEN_YEARS = 10L * 365 * 24 * 3600;

    @TempDir
    Path dataDir;

    @Test
    void randomQueriesGiveWhatAScanGivesWhileDocumentsChange() throws Exception {
        Random random = new Random(12);
        try (LocalStore store = LocalStore.start(new LocalStore.StoreOptions("127.0.0.1", 0, dataDir));
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoDatabase database = client.getDatabase("humanrights");
            MongoCollection<Document> indexed = database.getCollection("indexed");
            MongoCollection<Document> plain = database.getCollection("plain");
            List<Document> seed = new ArrayList<>();
            for (int i = 0; i < 3_000; i++) {
                seed.add(randomCase(random, i));
            }
            indexed.insertMany(seed.subList(0, 1_500));
            // half before the indexes exist (built from the collection), half after (kept by the inserts)
            indexed.createIndex(Indexes.compoundIndex(Indexes.ascending("fieldOffice"), Indexes.descending("incidentDate")));
            indexed.createIndex(Indexes.compoundIndex(Indexes.ascending("fieldOffice"), Indexes.ascending("status"),
                    Indexes.ascending("incidentDate")));
            indexed.createIndex(Indexes.ascending("status"));
            indexed.createIndex(Indexes.ascending("n"));
            indexed.createIndex(Indexes.ascending("tags"));
            indexed.insertMany(seed.subList(1_500, seed.size()));
            plain.insertMany(seed.stream().map(Document::new).toList());

            int indexedReads = 0;
            for (int round = 0; round < 600; round++) {
                Bson filter = randomFilter(random);
                Bson sort = randomSort(random);
                int skip = random.nextInt(4) == 0 ? random.nextInt(20) : 0;
                int limit = new int[]{0, 50, 3, 200}[random.nextInt(4)];
                int batch = random.nextBoolean() ? 7 : 0;
                List<Object> expected = ids(plain, filter, sort, skip, limit, batch);
                long before = BsonCollection.DOCUMENTS_READ.sum();
                List<Object> actual = ids(indexed, filter, sort, skip, limit, batch);
                if (BsonCollection.DOCUMENTS_READ.sum() - before < 3_000) {
                    indexedReads++;
                }
                assertThat(actual).as("find %s sort %s skip %d limit %d", filter, sort, skip, limit).isEqualTo(expected);

                Document count = new Document("query", filter.toBsonDocument());
                assertThat(database.runCommand(new Document("count", "indexed").append("query", count.get("query"))).get("n"))
                        .as("count %s", filter)
                        .isEqualTo(database.runCommand(new Document("count", "plain").append("query", count.get("query"))).get("n"));
                assertThat(indexed.countDocuments(filter)).isEqualTo(plain.countDocuments(filter));

                change(random, indexed, plain, round);
            }
            assertThat(indexedReads).as("queries answered without reading the whole collection").isGreaterThan(150);
        }
    }

    @Test
    void theFirstPageOfOneOfficeReadsAboutAPageOfDocuments() throws Exception {
        Random random = new Random(7);
        try (LocalStore store = LocalStore.start(new LocalStore.StoreOptions("127.0.0.1", 0, dataDir));
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> cases = client.getDatabase("humanrights").getCollection("cases");
            cases.createIndex(Indexes.compoundIndex(Indexes.ascending("fieldOffice"), Indexes.descending("incidentDate")));
            List<Document> seed = new ArrayList<>();
            for (int i = 0; i < 5_000; i++) {
                seed.add(randomCase(random, i));
            }
            cases.insertMany(seed);

            long before = BsonCollection.DOCUMENTS_READ.sum();
            List<Document> page = cases.find(Filters.eq("fieldOffice", "MAL")).sort(Sorts.descending("incidentDate"))
                    .limit(50).into(new ArrayList<>());
            long read = BsonCollection.DOCUMENTS_READ.sum() - before;
            assertThat(page).hasSize(50);
            assertThat(read).as("documents read for a page of 50").isLessThanOrEqualTo(60);

            before = BsonCollection.DOCUMENTS_READ.sum();
            List<Document> allOffices = cases.find().sort(Sorts.descending("incidentDate")).limit(50).into(new ArrayList<>());
            assertThat(BsonCollection.DOCUMENTS_READ.sum() - before).as("documents read for a page of all offices, merged")
                    .isLessThanOrEqualTo(70);
            assertThat(allOffices).extracting(d -> d.getDate("incidentDate")).isEqualTo(seed.stream()
                    .map(d -> d.getDate("incidentDate")).filter(java.util.Objects::nonNull)
                    .sorted(java.util.Comparator.reverseOrder()).limit(50).toList());

            before = BsonCollection.DOCUMENTS_READ.sum();
            long malakal = client.getDatabase("humanrights").runCommand(
                    new Document("count", "cases").append("query", new Document("fieldOffice", "MAL"))).get("n", Number.class).longValue();
            assertThat(BsonCollection.DOCUMENTS_READ.sum() - before).as("documents read to count one office").isZero();
            assertThat(malakal).isEqualTo(seed.stream().filter(d -> "MAL".equals(d.get("fieldOffice"))).count());
        }
    }

    @Test
    void anIndexIsBuiltOnceAndKeptAcrossARestart() throws Exception {
        Random random = new Random(3);
        List<Object> expected;
        Bson filter = Filters.and(Filters.eq("fieldOffice", "WAU"), Filters.gte("incidentDate", Date.from(FIRST.plusSeconds(TEN_YEARS / 2))));
        try (LocalStore store = LocalStore.start(new LocalStore.StoreOptions("127.0.0.1", 0, dataDir));
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> cases = client.getDatabase("humanrights").getCollection("cases");
            List<Document> seed = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                seed.add(randomCase(random, i));
            }
            cases.insertMany(seed);
            cases.createIndex(Indexes.compoundIndex(Indexes.ascending("fieldOffice"), Indexes.descending("incidentDate")),
                    new IndexOptions().name("office_date"));
            cases.deleteMany(Filters.eq("status", "CLOSED"));
            cases.updateMany(Filters.eq("status", "OPEN"), Updates.set("fieldOffice", "WAU"));
            expected = ids(cases, filter, Sorts.descending("incidentDate", "_id"), 0, 0, 0);
            assertThat(expected).isNotEmpty();
        }
        long builds = BsonCollection.INDEX_BUILDS.sum();
        try (LocalStore store = LocalStore.start(new LocalStore.StoreOptions("127.0.0.1", 0, dataDir));
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> cases = client.getDatabase("humanrights").getCollection("cases");
            assertThat(BsonCollection.INDEX_BUILDS.sum()).as("indexes built again at start").isEqualTo(builds);
            long before = BsonCollection.DOCUMENTS_READ.sum();
            assertThat(ids(cases, filter, Sorts.descending("incidentDate", "_id"), 0, 0, 0)).isEqualTo(expected);
            assertThat(BsonCollection.DOCUMENTS_READ.sum() - before).as("read from the index kept in the file")
                    .isLessThan(2_000);
            cases.dropIndex("office_date");
            before = BsonCollection.DOCUMENTS_READ.sum();
            assertThat(ids(cases, filter, Sorts.descending("incidentDate", "_id"), 0, 0, 0)).isEqualTo(expected);
            assertThat(BsonCollection.DOCUMENTS_READ.sum() - before).as("a scan once the index is dropped")
                    .isGreaterThanOrEqualTo(cases.countDocuments());
        }
    }

    @Test
    void aDroppedCollectionOrDatabaseCreatedAgainHasItsIndexBuiltAgain() throws Exception {
        try (LocalStore store = LocalStore.start(new LocalStore.StoreOptions("127.0.0.1", 0, dataDir));
             MongoClient client = MongoClients.create(store.connectionString())) {
            for (int round = 0; round < 3; round++) {
                MongoDatabase database = client.getDatabase("humanrights");
                MongoCollection<Document> cases = database.getCollection("cases");
                cases.insertOne(new Document("_id", "A").append("fieldOffice", "JUB").append("status", "OPEN"));
                cases.createIndex(Indexes.ascending("fieldOffice", "status"));
                cases.insertOne(new Document("_id", "B").append("fieldOffice", "JUB").append("status", "OPEN"));
                assertThat(ids(cases, Filters.eq("fieldOffice", "JUB"), Sorts.ascending("status", "_id"), 0, 0, 0))
                        .as("round %d", round).containsExactly("A", "B");
                assertThat(database.runCommand(new Document("count", "cases").append("query",
                        new Document("fieldOffice", "JUB").append("status", "OPEN"))).get("n")).isEqualTo(2);
                if (round == 0) {
                    cases.drop();
                } else {
                    database.drop();
                }
            }
        }
    }

    private static Document randomCase(Random random, int i) {
        Document document = new Document("_id", String.format("HR-%06d", (i * 7_919) % 1_000_003));
        if (random.nextInt(20) != 0) {
            document.append("fieldOffice", OFFICES[random.nextInt(OFFICES.length)]);
        } else if (random.nextBoolean()) {
            document.append("fieldOffice", null);
        }
        document.append("status", STATUSES[random.nextInt(STATUSES.length)]);
        if (random.nextInt(25) != 0) {
            // many equal dates, so that ties are ordered by the _id
            document.append("incidentDate", Date.from(FIRST.plusSeconds(random.nextInt(400) * (TEN_YEARS / 400))));
        }
        Object n = switch (random.nextInt(4)) {
            case 0 -> random.nextInt(50);
            case 1 -> (long) random.nextInt(50);
            case 2 -> random.nextInt(50) + 0.5;
            default -> "n" + random.nextInt(5);
        };
        document.append("n", n);
        // arrays make the tags index multikey: kept, but never used to answer
        document.append("tags", random.nextBoolean() ? List.of("t" + random.nextInt(3), "t" + random.nextInt(3)) : "t" + random.nextInt(3));
        return document;
    }

    private static Bson randomFilter(Random random) {
        List<Bson> conditions = new ArrayList<>();
        if (random.nextInt(3) != 0) {
            String office = OFFICES[random.nextInt(OFFICES.length)];
            conditions.add(random.nextBoolean() ? Filters.eq("fieldOffice", office) : new Document("fieldOffice", new Document("$eq", office)));
        }
        if (random.nextInt(3) == 0) {
            conditions.add(Filters.eq("status", STATUSES[random.nextInt(STATUSES.length)]));
        }
        if (random.nextInt(3) == 0) {
            Date low = Date.from(FIRST.plusSeconds((long) (random.nextDouble() * TEN_YEARS)));
            Date high = Date.from(low.toInstant().plusSeconds((long) (random.nextDouble() * TEN_YEARS / 3)));
            conditions.add(switch (random.nextInt(4)) {
                case 0 -> Filters.gte("incidentDate", low);
                case 1 -> Filters.lt("incidentDate", high);
                case 2 -> Filters.and(Filters.gt("incidentDate", low), Filters.lte("incidentDate", high));
                default -> new Document("incidentDate", new Document("$gte", low).append("$lt", high));
            });
        }
        if (random.nextInt(5) == 0) {
            int bound = random.nextInt(50);
            conditions.add(random.nextBoolean() ? Filters.gt("n", bound) : Filters.eq("n", random.nextBoolean() ? bound : (double) bound));
        }
        if (random.nextInt(6) == 0) {
            conditions.add(Filters.eq("tags", "t" + random.nextInt(3)));
        }
        if (random.nextInt(10) == 0) {
            conditions.add(Filters.in("status", STATUSES[0], STATUSES[1]));
        }
        if (conditions.isEmpty()) {
            return new Document();
        }
        // one document with several fields, as Spring Data writes a query, or an explicit $and
        if (random.nextInt(4) == 0 || conditions.size() == 1) {
            return conditions.size() == 1 ? conditions.get(0) : Filters.and(conditions);
        }
        Document merged = new Document();
        for (Bson condition : conditions) {
            condition.toBsonDocument().forEach((field, value) -> merged.putIfAbsent(field, value));
        }
        return merged;
    }

    private static Bson randomSort(Random random) {
        return switch (random.nextInt(9)) {
            case 0 -> null;
            case 1 -> Sorts.descending("incidentDate", "_id");
            case 2 -> Sorts.ascending("incidentDate", "_id");
            case 3 -> Sorts.orderBy(Sorts.descending("incidentDate"), Sorts.ascending("_id"));
            case 4 -> Sorts.descending("fieldOffice", "incidentDate", "_id");
            case 5 -> Sorts.ascending("fieldOffice", "status", "incidentDate", "_id");
            case 6 -> Sorts.ascending("n", "_id");
            case 7 -> Sorts.descending("status", "_id");
            default -> Sorts.orderBy(Sorts.ascending("fieldOffice"), Sorts.descending("incidentDate"), Sorts.descending("_id"));
        };
    }

    private static void change(Random random, MongoCollection<Document> indexed, MongoCollection<Document> plain, int round) {
        String id = String.format("HR-%06d", (random.nextInt(3_000) * 7_919) % 1_000_003);
        switch (random.nextInt(5)) {
            case 0 -> {
                Bson update = Updates.set("fieldOffice", OFFICES[random.nextInt(OFFICES.length)]);
                indexed.updateOne(Filters.eq("_id", id), update);
                plain.updateOne(Filters.eq("_id", id), update);
            }
            case 1 -> {
                Bson update = Updates.combine(Updates.set("status", STATUSES[random.nextInt(STATUSES.length)]),
                        Updates.set("incidentDate", Date.from(FIRST.plusSeconds(random.nextInt(400) * (TEN_YEARS / 400)))));
                indexed.updateOne(Filters.eq("_id", id), update);
                plain.updateOne(Filters.eq("_id", id), update);
            }
            case 2 -> {
                indexed.deleteOne(Filters.eq("_id", id));
                plain.deleteOne(Filters.eq("_id", id));
            }
            case 3 -> {
                Document fresh = randomCase(random, 3_000 + round);
                indexed.insertOne(new Document(fresh));
                plain.insertOne(new Document(fresh));
            }
            default -> {
                Bson filter = Filters.and(Filters.eq("fieldOffice", OFFICES[random.nextInt(OFFICES.length)]),
                        Filters.eq("status", STATUSES[random.nextInt(STATUSES.length)]));
                Bson update = Updates.unset("incidentDate");
                indexed.updateMany(filter, update);
                plain.updateMany(filter, update);
            }
        }
    }

    private static List<Object> ids(MongoCollection<Document> collection, Bson filter, Bson sort, int skip, int limit, int batch) {
        var find = collection.find(filter).skip(skip).limit(limit).batchSize(batch);
        if (sort != null) {
            find = find.sort(sort);
        }
        List<Object> ids = new ArrayList<>();
        find.forEach(document -> ids.add(document.get("_id")));
        return ids;
    }
}
