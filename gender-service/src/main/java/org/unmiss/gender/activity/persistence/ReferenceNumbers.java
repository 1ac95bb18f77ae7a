package org.unmiss.gender.activity.persistence;

import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import static com.mongodb.client.model.Filters.eq;

/**
 * Reference numbers people cite ({@code GA-2026-000123}, {@code GFP-000042}), from counter
 * documents the store increments atomically, so concurrent creates never share a number.
 */
@Component
public class ReferenceNumbers {

    private static final String COLLECTION = "counters";

    private final MongoTemplate mongo;

    public ReferenceNumbers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public String nextActivity(int year) {
        return String.format("GA-%d-%06d", year, next("activities-" + year));
    }

    public String nextFocalPoint() {
        return String.format("GFP-%06d", next("focal-points"));
    }

    /** Moves a counter past numbers already handed out (the demo data's). */
    public void startAfter(String counter, long last) {
        mongo.getCollection(COLLECTION).updateOne(eq("_id", counter), Updates.max("value", last), new UpdateOptions().upsert(true));
    }

    private long next(String counter) {
        Document after = mongo.getCollection(COLLECTION).findOneAndUpdate(eq("_id", counter), Updates.inc("value", 1L),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return ((Number) after.get("value")).longValue();
    }
}
