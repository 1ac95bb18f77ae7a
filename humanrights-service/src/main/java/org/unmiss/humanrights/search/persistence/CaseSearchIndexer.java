package org.unmiss.humanrights.search.persistence;

import lombok.RequiredArgsConstructor;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.BeforeSaveEvent;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.unmiss.humanrights.hrcase.domain.HrCase;
import org.unmiss.humanrights.search.domain.CaseIndex;

import java.util.List;

/**
 * Keeps each case's search index ({@code searchIndex}: hashes only, ADR 0091) in the case document, written in the
 * same write as the case (its BeforeSave), so it is never behind the case and a crash cannot part them. Cases stored
 * before the index existed, or under an older {@link CaseIndex#VERSION}, are indexed at start, a batch at a time;
 * a case saved meanwhile keeps the index its own save wrote (the batch's update names the version it read).
 */
@Component
@RequiredArgsConstructor
public class CaseSearchIndexer extends AbstractMongoEventListener<HrCase> {

    static final String FIELD = "searchIndex";
    private static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(CaseSearchIndexer.class);

    private final CaseIndex index;
    private final MongoTemplate mongo;

    @Override
    public void onBeforeSave(BeforeSaveEvent<HrCase> event) {
        if (event.getDocument() != null && event.getSource().reference() != null) {
            event.getDocument().put(FIELD, document(index.of(event.getSource())));
        }
    }

    /** Field names that never read like the case's own (a raw-document check looks for a plaintext {@code "title"}). */
    static Document document(CaseIndex.Entry entry) {
        return new Document("v", entry.version()).append("fieldWords", entry.fields()).append("titleWords", entry.title())
                .append("nameWords", entry.names());
    }

    /** Indexes the cases whose index is missing or older than this service's. */
    @EventListener(ApplicationReadyEvent.class)
    public void indexUnindexed() {
        long started = System.nanoTime();
        long indexed = 0;
        // bounded: a case another writer keeps changing is left to its own saves
        for (int round = 0; round < 10_000; round++) {
            Query query = Query.query(Criteria.where(FIELD + ".v").ne(CaseIndex.VERSION)).limit(BATCH);
            List<HrCase> batch = mongo.find(query, HrCase.class);
            if (batch.isEmpty()) {
                break;
            }
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, HrCase.class);
            for (HrCase c : batch) {
                bulk.updateOne(Query.query(Criteria.where("_id").is(c.reference()).and("version").is(c.version())),
                        new Update().set(FIELD, document(index.of(c))));
            }
            indexed += bulk.execute().getModifiedCount();
        }
        if (indexed > 0) {
            log.info("Indexed {} cases for search in {} ms", indexed, (System.nanoTime() - started) / 1_000_000);
        }
    }
}
