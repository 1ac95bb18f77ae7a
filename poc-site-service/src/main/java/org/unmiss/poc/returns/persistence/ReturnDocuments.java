package org.unmiss.poc.returns.persistence;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.unmiss.kit.store.MongoDocumentStore;
import org.unmiss.poc.returns.domain.ReturnMovement;
import org.unmiss.poc.returns.domain.ReturnStore;

/** The store side of {@link ReturnStore}. */
@Component
public class ReturnDocuments extends MongoDocumentStore<ReturnMovement> implements ReturnStore {

    public ReturnDocuments(MongoTemplate mongo) {
        super(mongo, ReturnMovement.class);
    }
}
