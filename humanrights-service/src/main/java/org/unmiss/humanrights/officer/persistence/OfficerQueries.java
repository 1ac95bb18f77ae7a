package org.unmiss.humanrights.officer.persistence;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.unmiss.humanrights.officer.domain.Officer;
import org.unmiss.humanrights.officer.domain.OfficerStore;
import org.unmiss.kit.store.MongoDocumentStore;

@Component
public class OfficerQueries extends MongoDocumentStore<Officer> implements OfficerStore {

    public OfficerQueries(MongoTemplate mongo) {
        super(mongo, Officer.class);
    }
}
