package org.unmiss.personnel.importing.persistence;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.unmiss.kit.feed.ChangeStamps;
import org.unmiss.personnel.person.domain.Person;
import org.unmiss.personnel.person.persistence.ChangeMarker;
import org.unmiss.personnel.person.persistence.Staging;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Writes the people of an import as staged ({@link Staging}: stored, but excluded from every read),
 * publishes them all with one update, or deletes them. The store has no multi-document transactions;
 * {@link StagedImports} decides which of the two an attempt gets, so a crash never leaves part of one visible.
 */
@Component
class PersonnelWriter {

    private static final int BATCH = 1_000;

    private final MongoTemplate mongo;
    private final ChangeMarker changes;
    private final ChangeStamps stamps;
    private final String versionField;

    PersonnelWriter(MongoTemplate mongo, ChangeMarker changes, ChangeStamps stamps) {
        this.mongo = mongo;
        this.changes = changes;
        this.stamps = stamps;
        this.versionField = mongo.getConverter().getMappingContext().getRequiredPersistentEntity(Person.class)
                .getRequiredVersionProperty().getFieldName();
    }

    /** Inserts one batch, marked with the attempt; the people are invisible until {@link #publish}. */
    void stage(String attempt, List<Person> people) {
        List<Document> documents = new ArrayList<>(people.size());
        Date stamp = stamps.next();
        for (Person person : people) {
            Document document = document(person, stamp);
            document.put(Staging.STAGED, true);
            document.put(Staging.IMPORT_ID, attempt);
            documents.add(document);
        }
        personnel().insertMany(documents);
    }

    /** Inserts people visible at once, in batches (the demo mission at first start: nobody waits for it). */
    void insertPublished(List<Person> people) {
        for (int from = 0; from < people.size(); from += BATCH) {
            List<Document> documents = new ArrayList<>(BATCH);
            Date stamp = stamps.next();
            for (Person person : people.subList(from, Math.min(people.size(), from + BATCH))) {
                documents.add(document(person, stamp));
            }
            personnel().insertMany(documents);
        }
        changes.bump(people);
    }

    /** The people an attempt staged and did not publish yet. */
    List<Person> staged(String attempt) {
        List<Person> people = new ArrayList<>();
        for (Document document : personnel().find(stagedBy(attempt))) {
            people.add(mongo.getConverter().read(Person.class, document));
        }
        return people;
    }

    /**
     * Makes every person of the attempt visible: one update that removes the marks (repeatable: a
     * second run after a crash matches only what the first did not reach); then moves the change
     * marker so the strength snapshot follows.
     */
    void publish(String attempt, List<Person> people) {
        // published is when the people appear in the change feed, so that is their stamp
        personnel().updateMany(stagedBy(attempt), Updates.combine(Updates.unset(Staging.STAGED), Updates.unset(Staging.IMPORT_ID),
                Updates.set(ChangeStamps.FIELD, stamps.next())));
        changes.bump(people);
    }

    /** Deletes what the attempt staged (nothing of it was visible). */
    void discard(String attempt) {
        personnel().deleteMany(stagedBy(attempt));
    }

    /** The attempts that have staged people now. */
    List<String> stagingAttempts() {
        return personnel().distinct(Staging.IMPORT_ID, Filters.eq(Staging.STAGED, true), String.class).into(new ArrayList<>());
    }

    /** One stamp for a whole batch: its people are ordered by id within it, and stamps do not run ahead by one per person. */
    private Document document(Person person, Date stamp) {
        Document document = new Document();
        mongo.getConverter().write(person, document);
        document.put(versionField, 0L); // as an insert through the template would: the first ETag is "0"
        document.put(ChangeStamps.FIELD, stamp);
        return document;
    }

    private static org.bson.conversions.Bson stagedBy(String attempt) {
        return Filters.and(Filters.eq(Staging.IMPORT_ID, attempt), Filters.eq(Staging.STAGED, true));
    }

    private MongoCollection<Document> personnel() {
        return mongo.getCollection(mongo.getCollectionName(Person.class));
    }
}
