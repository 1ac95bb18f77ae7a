package org.unmiss.poc.policesupport.persistence;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.unmiss.kit.store.ListQuery;
import org.unmiss.kit.store.MongoDocumentStore;
import org.unmiss.poc.policesupport.domain.SupportActivity;
import org.unmiss.poc.policesupport.domain.SupportActivityStore;
import org.unmiss.poc.policesupport.domain.SupportType;
import org.unmiss.poc.site.domain.SiteAccess;

@Component
public class SupportActivityQueries extends MongoDocumentStore<SupportActivity> implements SupportActivityStore {

    private final SiteAccess access;

    public SupportActivityQueries(MongoTemplate mongo, SiteAccess access) {
        super(mongo, SupportActivity.class);
        this.access = access;
    }

    public Page<SupportActivity> find(SupportType type, Pageable pageable) {
        return ListQuery.withinScope("fieldOffice", access.scope(), null).equal("type", type)
                .page(mongo, pageable, SupportActivity.class);
    }
}
