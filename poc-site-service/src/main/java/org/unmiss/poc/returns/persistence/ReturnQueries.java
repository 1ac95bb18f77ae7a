package org.unmiss.poc.returns.persistence;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;
import org.unmiss.poc.returns.domain.ReturnMovement;
import org.unmiss.poc.site.persistence.SiteAccess;

import java.time.LocalDate;

@Component
public class ReturnQueries {

    private final MongoTemplate mongo;
    private final SiteAccess access;

    public ReturnQueries(MongoTemplate mongo, SiteAccess access) {
        this.mongo = mongo;
        this.access = access;
    }

    public Page<ReturnMovement> find(String siteCode, String destinationState, LocalDate from, LocalDate to, Pageable pageable) {
        Criteria criteria = access.restrictToCaller(new Criteria());
        if (siteCode != null) {
            criteria.and("siteCode").is(siteCode);
        }
        if (destinationState != null) {
            criteria.and("destinationState").is(destinationState);
        }
        if (from != null || to != null) {
            Criteria time = criteria.and("departedOn");
            if (from != null) {
                time.gte(from);
            }
            if (to != null) {
                time.lte(to);
            }
        }
        Query query = Query.query(criteria);
        long total = mongo.count(query, ReturnMovement.class);
        return PageableExecutionUtils.getPage(mongo.find(Query.of(query).with(pageable), ReturnMovement.class), pageable, () -> total);
    }
}
