package org.unmiss.poc.seizure.persistence;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.unmiss.kit.store.ListQuery;
import org.unmiss.poc.seizure.domain.CustodyStatus;
import org.unmiss.poc.seizure.domain.ItemType;
import org.unmiss.poc.seizure.domain.SeizedItem;
import org.unmiss.poc.seizure.domain.SeizedItemStore;
import org.unmiss.poc.site.persistence.SiteAccess;

import java.util.Optional;

/** The register's list read, and the store side of the use cases' port. */
@Component
public class SeizedItemQueries implements SeizedItemStore {

    private final MongoTemplate mongo;
    private final SiteAccess access;

    public SeizedItemQueries(MongoTemplate mongo, SiteAccess access) {
        this.mongo = mongo;
        this.access = access;
    }

    @Override
    public Optional<SeizedItem> findById(String reference) {
        return Optional.ofNullable(mongo.findById(reference, SeizedItem.class));
    }

    @Override
    public SeizedItem insert(SeizedItem item) {
        return mongo.insert(item);
    }

    /** Optimistic: the store refuses the write when the version moved since the read. */
    @Override
    public SeizedItem save(SeizedItem item) {
        return mongo.save(item);
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
