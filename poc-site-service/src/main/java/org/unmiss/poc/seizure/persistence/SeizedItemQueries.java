package org.unmiss.poc.seizure.persistence;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.unmiss.kit.store.ListQuery;
import org.unmiss.kit.store.MongoDocumentStore;
import org.unmiss.poc.seizure.domain.CustodyStatus;
import org.unmiss.poc.seizure.domain.ItemType;
import org.unmiss.poc.seizure.domain.SeizedItem;
import org.unmiss.poc.seizure.domain.SeizedItemStore;
import org.unmiss.poc.site.domain.SiteAccess;


/** The register's list read, and the store side of the use cases' port. */
@Component
public class SeizedItemQueries extends MongoDocumentStore<SeizedItem> implements SeizedItemStore {

    private final SiteAccess access;

    public SeizedItemQueries(MongoTemplate mongo, SiteAccess access) {
        super(mongo, SeizedItem.class);
        this.access = access;
    }

    public Page<SeizedItem> find(String siteCode, String searchReference, ItemType itemType, CustodyStatus status,
                                 Pageable pageable) {
        return ListQuery.withinScope("fieldOffice", access.scope(), null)
                .equal("siteCode", siteCode)
                .equal("searchReference", searchReference)
                .equal("itemType", itemType)
                .equal("status", status)
                .page(mongo, pageable, SeizedItem.class);
    }
}
