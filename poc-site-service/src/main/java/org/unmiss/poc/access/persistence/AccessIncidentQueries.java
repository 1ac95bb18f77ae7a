package org.unmiss.poc.access.persistence;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.unmiss.kit.store.ListQuery;
import org.unmiss.kit.store.MongoDocumentStore;
import org.unmiss.poc.access.domain.AccessIncident;
import org.unmiss.poc.access.domain.AccessIncidentStore;
import org.unmiss.poc.site.domain.SiteAccess;

import java.time.LocalDate;
import java.util.List;

/** Access incident lists within the caller's office, and the store side of {@link AccessIncidentStore}. */
@Component
public class AccessIncidentQueries extends MongoDocumentStore<AccessIncident> implements AccessIncidentStore {

    private final SiteAccess access;

    public AccessIncidentQueries(MongoTemplate mongo, SiteAccess access) {
        super(mongo, AccessIncident.class);
        this.access = access;
    }

    public Page<AccessIncident> find(String month, Boolean sofaViolation, Pageable pageable) {
        return ListQuery.withinScope("fieldOffice", access.scope(), null)
                .equal("month", month)
                .equal("sofaViolation", sofaViolation)
                .page(mongo, pageable, AccessIncident.class);
    }

    @Override
    public List<AccessIncident> between(LocalDate from, LocalDate to) {
        Query query = Query.query(Criteria.where("occurredOn").gte(from).lte(to));
        query.fields().exclude("description");
        return mongo.find(query, AccessIncident.class);
    }
}
