package org.unmiss.kit.store;

import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;


import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

/**
 * The human-readable reference numbers people cite ({@code HR-2026-000123}, {@code GFP-000042}),
 * from counter documents in the service's own database that the store increments atomically
 * (a single-document {@code findOneAndUpdate}), so concurrent creates never share a number and no
 * transaction is needed. Yearly sequences restart at 1 each year.
 *
 * <p>The embedded store (mongo-java-server) does not serialise concurrent updates of one document:
 * measured here, 200 concurrent increments gave 195 distinct values. Increments of a counter are
 * therefore also serialised within this JVM ({@link KeyedLocks}); that suffices there (it serves one
 * instance per service), and on a MongoDB replica set the update itself is atomic across instances.
 */
public class ReferenceNumbers {

    static final String COLLECTION = "counters";

    private final MongoTemplate mongo;
    /** One per process, not per bean: two application contexts on one store (tests) must not race either. */
    private static final KeyedLocks locks = new KeyedLocks(64);

    public ReferenceNumbers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The next number of a yearly sequence: {@code PREFIX-YYYY-NNNNNN}. */
    public String next(String prefix, int year) {
        return format(prefix, year, increment(counter(prefix, year), 1));
    }

    /** The next number of a sequence that never restarts: {@code PREFIX-NNNNNN}. */
    public String next(String prefix) {
        return "%s-%06d".formatted(prefix, increment(prefix, 1));
    }

    /** Reserves {@code count} consecutive numbers of a yearly sequence (bulk loads); returns the first. */
    public long reserve(String prefix, int year, int count) {
        return reserveBlock(counter(prefix, year), count);
    }

    /** Reserves {@code count} consecutive numbers of a sequence that never restarts; returns the first. */
    public long reserve(String prefix, int count) {
        return reserveBlock(prefix, count);
    }

    /**
     * Hands back a reserved block that was never used (e.g. an import abandoned before it published
     * anyone), if nothing was reserved after it: the sequence then goes on as if the block had never
     * been taken, so an abandoned bulk load does not burn its numbers. If something was reserved since,
     * the block stays a gap; its numbers are never issued twice.
     *
     * @return whether the block was handed back
     */
    public boolean release(String prefix, long first, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1");
        }
        // A conditional write: it applies only while the counter still ends at this block.
        return locks.withLock(prefix, () -> mongo.getCollection(COLLECTION).updateOne(
                and(eq("_id", prefix), eq("value", first + count - 1)), Updates.set("value", first - 1)).getModifiedCount() == 1);
    }

    /** Moves a yearly sequence past numbers handed out elsewhere (e.g. loaded demo data). */
    public void advanceTo(String prefix, int year, long atLeast) {
        advance(counter(prefix, year), atLeast);
    }

    /** Moves a sequence that never restarts past numbers handed out elsewhere. */
    public void advanceTo(String prefix, long atLeast) {
        advance(prefix, atLeast);
    }

    public static String format(String prefix, int year, long sequence) {
        return "%s-%d-%06d".formatted(prefix, year, sequence);
    }

    private static String counter(String prefix, int year) {
        return prefix + "-" + year;
    }

    private long reserveBlock(String counter, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1");
        }
        return increment(counter, count) - count + 1;
    }

    private void advance(String counter, long atLeast) {
        locks.withLock(counter, () -> mongo.getCollection(COLLECTION).updateOne(eq("_id", counter), Updates.max("value", atLeast),
                new UpdateOptions().upsert(true)));
    }

    private long increment(String counter, long by) {
        return locks.withLock(counter, () -> incrementInStore(counter, by));
    }

    private long incrementInStore(String counter, long by) {
        Document after = mongo.getCollection(COLLECTION).findOneAndUpdate(eq("_id", counter), Updates.inc("value", by),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return ((Number) after.get("value")).longValue();
    }
}
