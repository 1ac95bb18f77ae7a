package org.unmiss.poc.patrol.persistence;

import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.unmiss.kit.store.ListQuery;
import org.unmiss.poc.patrol.domain.Patrol;
import org.unmiss.poc.patrol.domain.PatrolType;
import org.unmiss.poc.patrol.domain.Shift;
import org.unmiss.poc.site.domain.SiteAccess;

import java.time.Instant;

@Component
@RequiredArgsConstructor
public class PatrolQueries {

    private final MongoTemplate mongo;
    private final SiteAccess access;

    public Page<Patrol> find(String siteCode, PatrolType type, Shift shift, Instant from, Instant to, Pageable pageable) {
        return ListQuery.withinScope("fieldOffice", access.scope(), null)
                .equal("siteCode", siteCode)
                .equal("type", type)
                .equal("shift", shift)
                .fromUntil("startedAt", from, to)
                .page(mongo, pageable, Patrol.class);
    }
}
