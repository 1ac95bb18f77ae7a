import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Random;

/**
 * The human rights case list against the local store: a collection of cases shaped like the service's (fieldOffice
 * among 10, status among 6, incidentDate over 10 years, ~3 KB each) and the first page of 50 newest cases, for one
 * office and for all offices, timed with and without the index {fieldOffice: 1, incidentDate: -1}.
 *   StoreQueryBench URI fill N          insert N cases (insertMany batches of 500)
 *   StoreQueryBench URI query LABEL RUNS  time the pages and the count of one office (RUNS each)
 *   StoreQueryBench URI index           create the index and print how long it took
 *   StoreQueryBench URI large LABEL RUNS  what reads or changes the whole collection: countDocuments and a $group
 *                                       report of one office (aggregations), every case newest first without a limit
 *                                       (a sort the index does not give: all offices; last, as the store before died of it), an updateMany over one office (a tenth)
 *                                       with an insert every moment it runs (their latency), a deleteMany of them
 */
public final class StoreQueryBench {

    private static final String[] OFFICES = {"JUB", "MAL", "WAU", "BOR", "BEN", "TOR", "KUA", "YAM", "AWE", "RUM"};
    private static final String[] STATUSES = {"OPEN", "VERIFIED", "CLOSED", "REFERRED", "PENDING", "ARCHIVED"};
    private static final Instant FIRST = Instant.parse("2016-01-01T00:00:00Z");
    private static final long TEN_YEARS_SECONDS = 10L * 365 * 24 * 3600;

    public static void main(String[] args) {
        try (MongoClient client = MongoClients.create(args[0])) {
            MongoDatabase database = client.getDatabase("humanrights");
            MongoCollection<Document> cases = database.getCollection("cases");
            switch (args[1]) {
                case "fill" -> fill(cases, Integer.parseInt(args[2]));
                case "index" -> {
                    long started = System.nanoTime();
                    cases.createIndex(Indexes.compoundIndex(Indexes.ascending("fieldOffice"), Indexes.descending("incidentDate")));
                    System.out.printf("index {fieldOffice:1, incidentDate:-1} built over %d cases in %.1f s%n",
                            cases.estimatedDocumentCount(), (System.nanoTime() - started) / 1e9);
                }
                case "query" -> query(database, cases, args[2], Integer.parseInt(args[3]));
                case "large" -> large(database, cases, args[2], Integer.parseInt(args[3]));
                default -> throw new IllegalArgumentException(args[1]);
            }
        }
    }

    private static void fill(MongoCollection<Document> cases, int count) {
        Random random = new Random(2026);
        String narrative = "Synthetic narrative of an incident. ".repeat(80).substring(0, 2_800);
        long started = System.nanoTime();
        List<Document> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            batch.add(new Document("_id", String.format("HR-%07d", i))
                    .append("reference", String.format("HR-2026-%07d", i))
                    .append("fieldOffice", OFFICES[random.nextInt(OFFICES.length)])
                    .append("status", STATUSES[random.nextInt(STATUSES.length)])
                    .append("incidentDate", Date.from(FIRST.plusSeconds((long) (random.nextDouble() * TEN_YEARS_SECONDS))))
                    .append("verified", random.nextBoolean())
                    .append("narrative", narrative));
            if (batch.size() == 500) {
                cases.insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            cases.insertMany(batch);
        }
        System.out.printf("filled %d cases in %.1f s%n", count, (System.nanoTime() - started) / 1e9);
    }

    private static void query(MongoDatabase database, MongoCollection<Document> cases, String label, int runs) {
        time(label, "first page, one office", runs, run -> page(cases, Filters.eq("fieldOffice", OFFICES[run % OFFICES.length])));
        time(label, "first page, one office + status", runs, run -> page(cases, Filters.and(
                Filters.eq("fieldOffice", OFFICES[run % OFFICES.length]), Filters.eq("status", STATUSES[run % STATUSES.length]))));
        time(label, "first page, all offices", Math.max(3, runs / 4), run -> page(cases, new Document()));
        time(label, "count one office (count)", runs, run -> database.runCommand(new Document("count", "cases")
                .append("query", new Document("fieldOffice", OFFICES[run % OFFICES.length]))).get("n", Number.class).intValue());
        // the human rights figures' rebuild of one office's month: unsorted, the store answers in _id order, which no
        // index over the date gives, so it scans; sorted by the date it walks {fieldOffice: 1, incidentDate: -1}
        time(label, "one office, one month, unsorted", runs, run -> month(cases, run, false));
        time(label, "one office, one month, by date", runs, run -> month(cases, run, true));
    }

    private static int month(MongoCollection<Document> cases, int run, boolean byDate) {
        Instant from = FIRST.plusSeconds((run % 100) * 30L * 24 * 3600);
        var found = cases.find(Filters.and(Filters.eq("fieldOffice", OFFICES[run % OFFICES.length]),
                Filters.gte("incidentDate", Date.from(from)), Filters.lt("incidentDate", Date.from(from.plusSeconds(30L * 24 * 3600)))))
                .projection(new Document("status", 1));
        int n = 0;
        for (Document ignored : byDate ? found.sort(Sorts.ascending("incidentDate")) : found) {
            n++;
        }
        return n;
    }

    private static void large(MongoDatabase database, MongoCollection<Document> cases, String label, int runs) {
        time(label, "countDocuments one office", runs, run -> (int) cases.countDocuments(
                Filters.eq("fieldOffice", OFFICES[run % OFFICES.length])));
        time(label, "$match office, $group status", runs, run -> cases.aggregate(List.of(
                Aggregates.match(Filters.eq("fieldOffice", OFFICES[run % OFFICES.length])),
                Aggregates.group("$status", Accumulators.sum("n", 1)))).into(new ArrayList<>()).size());
        MongoCollection<Document> others = database.getCollection("cases");
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread inserter = new Thread(() -> {
            while (!done.get()) {
                long started = System.nanoTime();
                others.insertOne(new Document("kind", "bench-insert").append("fieldOffice", "NONE"));
                latencies.add(System.nanoTime() - started);
            }
        });
        long started = System.nanoTime();
        inserter.start();
        // one office: a multi-document write over 50,000 documents is refused (ADR 0051)
        long modified = cases.updateMany(Filters.eq("fieldOffice", OFFICES[0]), Updates.inc("revision", 1)).getModifiedCount();
        long updateNanos = System.nanoTime() - started;
        done.set(true);
        try {
            inserter.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%-9s updateMany of one office, %d cases, in %.1f s; %d inserts meanwhile, p50 %.1f ms, max %.1f ms%n", label,
                modified, updateNanos / 1e9, sorted.length, sorted.length == 0 ? 0 : sorted[sorted.length / 2] / 1e6,
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
        started = System.nanoTime();
        long deleted = cases.deleteMany(Filters.eq("kind", "bench-insert")).getDeletedCount();
        System.out.printf("%-9s deleteMany of the %d inserted in %.1f s%n", label, deleted, (System.nanoTime() - started) / 1e9);
        // last: the store before this spilled nothing and ran out of memory here
        long total = cases.estimatedDocumentCount();
        time(label, "all cases newest first, no limit", 1, run -> {
            int n = 0;
            for (Document ignored : cases.find().sort(Sorts.descending("incidentDate"))
                    .projection(new Document("_id", 1))) {
                n++;
            }
            if (n != total) {
                throw new IllegalStateException(n + " of " + total);
            }
            return n;
        });
    }

    private static int page(MongoCollection<Document> cases, Bson filter) {
        List<Document> page = cases.find(filter).sort(Sorts.descending("incidentDate")).limit(50).into(new ArrayList<>());
        if (page.size() != 50) {
            throw new IllegalStateException("a page of " + page.size());
        }
        return page.size();
    }

    private static void time(String label, String what, int runs, java.util.function.IntUnaryOperator query) {
        query.applyAsInt(runs); // a warm-up run, not counted
        long[] nanos = new long[runs];
        for (int run = 0; run < runs; run++) {
            long started = System.nanoTime();
            query.applyAsInt(run);
            nanos[run] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        System.out.printf("%-9s %-34s p50 %9.1f ms  p95 %9.1f ms  (%d runs)%n", label, what, nanos[runs / 2] / 1e6,
                nanos[Math.min(runs - 1, (int) Math.ceil(runs * 0.95) - 1)] / 1e6, runs);
    }
}
