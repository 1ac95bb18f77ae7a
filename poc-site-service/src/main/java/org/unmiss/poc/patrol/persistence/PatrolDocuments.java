package org.unmiss.poc.patrol.persistence;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.unmiss.kit.store.MongoDocumentStore;
import org.unmiss.poc.patrol.domain.Patrol;
import org.unmiss.poc.patrol.domain.PatrolStore;

/** The store side of {@link PatrolStore}. */
@Component
public class PatrolDocuments extends MongoDocumentStore<Patrol> implements PatrolStore {

    public PatrolDocuments(MongoTemplate mongo) {
        super(mongo, Patrol.class);
    }
}
