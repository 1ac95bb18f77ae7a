import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Write throughput of the local store as the services see it: W writers (threads sharing one driver client) each
 * inserting 1 KB documents, or taking numbers from a counter with findOneAndUpdate($inc), for S seconds after a
 * warm-up; prints acknowledged operations per second and the p50/p99 acknowledgement latency.
 *   StoreWriteBench URI LABEL WRITERS SECONDS insert|counter
 */
public final class StoreWriteBench {

    public static void main(String[] args) throws Exception {
        String uri = args[0];
        String label = args[1];
        int writers = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        String kind = args[4];
        String padding = "x".repeat(1024);
        try (MongoClient client = MongoClients.create(uri)) {
            MongoCollection<Document> docs = client.getDatabase("bench").getCollection(kind + "-" + writers + "-" + System.nanoTime());
            MongoCollection<Document> counters = client.getDatabase("bench").getCollection("counters");
            run(docs, counters, kind, writers, 2, padding, null);
            List<long[]> latencies = new ArrayList<>();
            long elapsed = run(docs, counters, kind, writers, seconds, padding, latencies);
            long[] all = latencies.stream().flatMapToLong(Arrays::stream).filter(v -> v > 0).sorted().toArray();
            System.out.printf("%-10s %-7s writers=%d  %7.0f ops/s  p50 %6.2f ms  p99 %6.2f ms  (%d ops in %.1f s)%n",
                    label, kind, writers, all.length / (elapsed / 1e9), all[all.length / 2] / 1e6,
                    all[(int) (all.length * 0.99)] / 1e6, all.length, elapsed / 1e9);
        }
    }

    private static long run(MongoCollection<Document> docs, MongoCollection<Document> counters, String kind, int writers,
                            int seconds, String padding, List<long[]> latencies) throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> threads = new ArrayList<>();
        List<long[]> perThread = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            long[] mine = new long[2_000_000];
            perThread.add(mine);
            int writer = w;
            Thread thread = new Thread(() -> {
                for (int i = 0; !stop.get() && i < mine.length; i++) {
                    long started = System.nanoTime();
                    if (kind.equals("insert")) {
                        docs.insertOne(new Document("writer", writer).append("i", i).append("narrative", padding));
                    } else {
                        counters.findOneAndUpdate(Filters.eq("_id", "bench"), Updates.inc("seq", 1L),
                                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
                    }
                    mine[i] = System.nanoTime() - started;
                }
            });
            threads.add(thread);
        }
        long started = System.nanoTime();
        threads.forEach(Thread::start);
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        for (Thread thread : threads) {
            thread.join();
        }
        long elapsed = System.nanoTime() - started;
        if (latencies != null) {
            latencies.addAll(perThread);
        }
        return elapsed;
    }
}
