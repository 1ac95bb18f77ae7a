package org.unmiss.personnel.importing.persistence;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.unmiss.personnel.person.domain.Person;
import org.unmiss.personnel.person.persistence.ChangeMarker;

import java.util.ArrayList;
import java.util.List;

/**
 * Inserts imported people in batches. The store has no multi-document transactions, so if a batch
 * fails part-way the people already written by this import are deleted again (they have fresh index
 * numbers nobody else has seen yet) before the failure is reported.
 */
@Component
public class PersonnelWriter {

    private static final int BATCH = 1_000;

    private final MongoTemplate mongo;
    private final ChangeMarker changes;

    public PersonnelWriter(MongoTemplate mongo, ChangeMarker changes) {
        this.mongo = mongo;
        this.changes = changes;
    }

    public void insertAll(List<Person> people) {
        List<Person> written = new ArrayList<>(people.size());
        try {
            for (int from = 0; from < people.size(); from += BATCH) {
                written.addAll(mongo.insert(people.subList(from, Math.min(people.size(), from + BATCH)), Person.class));
            }
            changes.bump(written);
        } catch (RuntimeException e) {
            List<String> attempted = people.stream().map(Person::indexNumber).toList();
            try {
                mongo.remove(Query.query(Criteria.where("_id").in(attempted)), Person.class);
                changes.bump(List.of());
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }
}
