package org.unmiss.poc.site.persistence;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.unmiss.kit.store.MongoDocumentStore;
import org.unmiss.poc.site.domain.PocSite;
import org.unmiss.poc.site.domain.SiteStore;

/** The store side of {@link SiteStore}. */
@Component
public class SiteDocuments extends MongoDocumentStore<PocSite> implements SiteStore {

    public SiteDocuments(MongoTemplate mongo) {
        super(mongo, PocSite.class);
    }
}
