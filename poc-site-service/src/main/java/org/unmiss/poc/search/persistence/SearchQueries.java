package org.unmiss.poc.search.persistence;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;
import org.unmiss.poc.search.domain.SearchOperation;
import org.unmiss.poc.site.persistence.SiteAccess;

import java.time.Instant;

@Component
public class SearchQueries {

    private final MongoTemplate mongo;
    private final SiteAccess access;

    public SearchQueries(MongoTemplate mongo, SiteAccess access) {
        this.mongo = mongo;
        this.access = access;
    }

    public Page<SearchOperation> find(String siteCode, Instant from, Instant to, Pageable pageable) {
        Criteria criteria = access.restrictToCaller(new Criteria());
        if (siteCode != null) {
            criteria.and("siteCode").is(siteCode);
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
        long total = mongo.count(query, SearchOperation.class);
        return PageableExecutionUtils.getPage(mongo.find(Query.of(query).with(pageable), SearchOperation.class), pageable, () -> total);
    }
}
