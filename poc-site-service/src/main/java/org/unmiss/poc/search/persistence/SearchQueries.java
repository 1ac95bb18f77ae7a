package org.unmiss.poc.search.persistence;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.unmiss.kit.store.ListQuery;
import org.unmiss.kit.store.MongoDocumentStore;
import org.unmiss.poc.search.domain.SearchOperation;
import org.unmiss.poc.search.domain.SearchStore;
import org.unmiss.poc.site.domain.SiteAccess;

import java.time.Instant;

@Component
public class SearchQueries extends MongoDocumentStore<SearchOperation> implements SearchStore {

    private final SiteAccess access;

    public SearchQueries(MongoTemplate mongo, SiteAccess access) {
        super(mongo, SearchOperation.class);
        this.access = access;
    }

    @Override
    public Page<SearchOperation> find(String siteCode, Instant from, Instant to, Pageable pageable) {
        return ListQuery.withinScope("fieldOffice", access.scope(), null)
                .equal("siteCode", siteCode)
                .fromUntil("startedAt", from, to)
                .page(mongo, pageable, SearchOperation.class);
    }
}
