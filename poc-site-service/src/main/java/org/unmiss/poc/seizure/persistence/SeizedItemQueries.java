package org.unmiss.poc.seizure.persistence;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;
import org.unmiss.poc.seizure.domain.CustodyStatus;
import org.unmiss.poc.seizure.domain.ItemType;
import org.unmiss.poc.seizure.domain.SeizedItem;
import org.unmiss.poc.site.persistence.SiteAccess;

@Component
public class SeizedItemQueries {

    private final MongoTemplate mongo;
    private final SiteAccess access;

    public SeizedItemQueries(MongoTemplate mongo, SiteAccess access) {
        this.mongo = mongo;
        this.access = access;
    }

    public Page<SeizedItem> find(String siteCode, String searchReference, ItemType itemType, CustodyStatus status,
                                 Pageable pageable) {
        Criteria criteria = access.restrictToCaller(new Criteria());
        if (siteCode != null) {
            criteria.and("siteCode").is(siteCode);
        }
        if (searchReference != null) {
            criteria.and("searchReference").is(searchReference);
        }
        if (itemType != null) {
            criteria.and("itemType").is(itemType);
        }
        if (status != null) {
            criteria.and("status").is(status);
        }
        Query query = Query.query(criteria);
        long total = mongo.count(query, SeizedItem.class);
        return PageableExecutionUtils.getPage(mongo.find(Query.of(query).with(pageable), SeizedItem.class), pageable, () -> total);
    }
}
