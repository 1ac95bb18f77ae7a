package org.unmiss.kit.feed;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;

import java.util.ArrayList;
import java.util.List;

/**
 * At start, for each type marked {@link PolledForChanges}: the {@code (updatedAt, _id)} index the feed reads in
 * order, and a stamp on records stored before stamping existed (all get the same one: a first poll from the
 * beginning returns them, a poll from a later point does not pretend they changed since).
 * <p>
 * The index is declared once the beans exist, with the entities' own indexes and before any demo data or runner
 * writes: declared after the demo data (it was, on ApplicationReady), the embedded store built it from 5,370
 * incidents while holding every commit (40 s in one CI run), and the other services' start-up writes timed out.
 */
public class ChangeFeedUpkeep implements SmartInitializingSingleton {

    static final String INDEX = "changeFeed";
    static final int BATCH = 5_000;
    private static final Logger log = LoggerFactory.getLogger(ChangeFeedUpkeep.class);

    private final MongoTemplate mongo;
    private final ChangeStamps stamps;

    public ChangeFeedUpkeep(MongoTemplate mongo, ChangeStamps stamps) {
        this.mongo = mongo;
        this.stamps = stamps;
    }

    @Override
    public void afterSingletonsInstantiated() {
        fedCollections().forEach(this::declareIndex);
    }

    @EventListener(ApplicationReadyEvent.class)
    public void prepare() {
        for (String collection : fedCollections()) {
            declareIndex(collection); // already there (a no-op), unless the collection was dropped since
            long stamped = stampUnstamped(collection);
            if (stamped > 0) {
                log.info("Stamped {} records of {} stored before they were stamped", stamped, collection);
            }
        }
    }

    private void declareIndex(String collection) {
        mongo.indexOps(collection).createIndex(new Index().on(ChangeStamps.FIELD, Sort.Direction.ASC)
                .on("_id", Sort.Direction.ASC).named(INDEX));
    }

    /**
     * Gives every record without a stamp the same one, {@link #BATCH} at a time: one multi-document write over a
     * large collection would be refused by the local store (over 50,000 documents, ADR 0051) and fail the start.
     */
    long stampUnstamped(String collection) {
        var records = mongo.getCollection(collection);
        Document unstamped = new Document(ChangeStamps.FIELD, new Document("$exists", false));
        Document stamp = new Document("$set", new Document(ChangeStamps.FIELD, stamps.next()));
        long stamped = 0;
        while (true) {
            List<Object> ids = records.find(unstamped).projection(new Document("_id", 1)).limit(BATCH)
                    .map(found -> found.get("_id")).into(new ArrayList<>());
            if (ids.isEmpty()) {
                return stamped;
            }
            stamped += records.updateMany(new Document("_id", new Document("$in", ids)), stamp).getModifiedCount();
        }
    }

    List<String> fedCollections() {
        List<String> collections = new ArrayList<>();
        for (MongoPersistentEntity<?> entity : mongo.getConverter().getMappingContext().getPersistentEntities()) {
            if (entity.isAnnotationPresent(PolledForChanges.class) && !collections.contains(entity.getCollection())) {
                collections.add(entity.getCollection());
            }
        }
        return collections;
    }
}
