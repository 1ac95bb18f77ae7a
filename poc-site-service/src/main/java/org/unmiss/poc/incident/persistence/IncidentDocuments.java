package org.unmiss.poc.incident.persistence;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.unmiss.kit.store.MongoDocumentStore;
import org.unmiss.poc.incident.domain.SecurityIncident;
import org.unmiss.poc.incident.domain.IncidentStore;

/** The store side of {@link IncidentStore}. */
@Component
public class IncidentDocuments extends MongoDocumentStore<SecurityIncident> implements IncidentStore {

    public IncidentDocuments(MongoTemplate mongo) {
        super(mongo, SecurityIncident.class);
    }
}
