package org.unmiss.poc.access.persistence;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.unmiss.kit.store.ListQuery;
import org.unmiss.kit.store.MongoDocumentStore;
import org.unmiss.poc.access.domain.EscortRequest;
import org.unmiss.poc.access.domain.EscortStatus;
import org.unmiss.poc.access.domain.EscortStore;
import org.unmiss.poc.site.domain.SiteAccess;

import java.time.LocalDate;
import java.util.List;

/** Escort request lists within the caller's office, and the store side of {@link EscortStore}. */
@Component
public class EscortQueries extends MongoDocumentStore<EscortRequest> implements EscortStore {

    private final SiteAccess access;

    public EscortQueries(MongoTemplate mongo, SiteAccess access) {
        super(mongo, EscortRequest.class);
        this.access = access;
    }

    public Page<EscortRequest> find(EscortStatus status, LocalDate from, LocalDate to, Pageable pageable) {
        return ListQuery.withinScope("fieldOffice", access.scope(), null)
                .equal("status", status)
                .fromThrough("neededOn", from, to)
                .page(mongo, pageable, EscortRequest.class);
    }

    @Override
    public List<EscortRequest> neededBetween(LocalDate from, LocalDate to) {
        Query query = Query.query(Criteria.where("neededOn").gte(from).lte(to));
        query.fields().exclude("purpose");
        return mongo.find(query, EscortRequest.class);
    }
}
