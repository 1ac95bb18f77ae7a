package org.unmiss.poc.patrol.persistence;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;
import org.unmiss.poc.patrol.domain.Patrol;
import org.unmiss.poc.patrol.domain.PatrolType;
import org.unmiss.poc.patrol.domain.Shift;
import org.unmiss.poc.site.persistence.SiteAccess;

import java.time.Instant;

@Component
public class PatrolQueries {

    private final MongoTemplate mongo;
    private final SiteAccess access;

    public PatrolQueries(MongoTemplate mongo, SiteAccess access) {
        this.mongo = mongo;
        this.access = access;
    }

    public Page<Patrol> find(String siteCode, PatrolType type, Shift shift, Instant from, Instant to, Pageable pageable) {
        Criteria criteria = access.restrictToCaller(new Criteria());
        if (siteCode != null) {
            criteria.and("siteCode").is(siteCode);
        }
        if (type != null) {
            criteria.and("type").is(type);
        }
        if (shift != null) {
            criteria.and("shift").is(shift);
        }
        if (from != null || to != null) {
            Criteria time = criteria.and("startedAt");
            if (from != null) {
                time.gte(from);
            }
            if (to != null) {
                time.lt(to);
            }
        }
        Query query = Query.query(criteria);
        long total = mongo.count(query, Patrol.class);
        return PageableExecutionUtils.getPage(mongo.find(Query.of(query).with(pageable), Patrol.class), pageable, () -> total);
    }
}
