package org.unmiss.poc.incident.persistence;

import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.unmiss.kit.store.ListQuery;
import org.unmiss.poc.incident.domain.SecurityIncident;
import org.unmiss.poc.site.persistence.GeoPaging;
import org.unmiss.poc.site.domain.SiteAccess;

import java.util.List;

/** Incident lists and exports: filters and the caller's field office answered by the store, a radius decided exactly here. */
@Component
@RequiredArgsConstructor
public class IncidentQueries {

    private final MongoTemplate mongo;
    private final SiteAccess access;

    public Page<SecurityIncident> find(IncidentFilter filter, Pageable pageable) {
        return GeoPaging.page(mongo, criteria(filter), filter.area(), pageable, SecurityIncident.class,
                incident -> filter.area().matches(incident.latitude(), incident.longitude()));
    }

    /** Every matching incident, newest first, up to {@link GeoPaging#MAX_CANDIDATES} (400 beyond: narrow the filters). */
    public List<SecurityIncident> export(IncidentFilter filter) {
        return find(filter, PageRequest.of(0, GeoPaging.MAX_CANDIDATES, Sort.by(Sort.Direction.DESC, "occurredAt"))).getContent();
    }

    public long count(IncidentFilter filter) {
        return mongo.count(Query.query(criteria(filter)), SecurityIncident.class);
    }

    private Criteria criteria(IncidentFilter filter) {
        Criteria criteria = ListQuery.withinScope("fieldOffice", access.scope(), null)
                .equal("siteCode", filter.siteCode())
                .equal("category", filter.category())
                .equal("severity", filter.severity())
                .fromUntil("occurredAt", filter.from(), filter.to())
                .equal("weaponsFreeZoneBreach", filter.breach())
                .criteria();
        return GeoPaging.within(criteria, filter.area());
    }
}
