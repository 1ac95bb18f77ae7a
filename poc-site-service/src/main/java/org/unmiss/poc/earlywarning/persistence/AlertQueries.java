package org.unmiss.poc.earlywarning.persistence;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.unmiss.kit.store.ListQuery;
import org.unmiss.kit.store.MongoDocumentStore;
import org.unmiss.poc.earlywarning.domain.AlertStore;
import org.unmiss.poc.earlywarning.domain.EarlyWarningAlert;
import org.unmiss.poc.site.domain.SiteAccess;

import java.util.List;

@Component
public class AlertQueries extends MongoDocumentStore<EarlyWarningAlert> implements AlertStore {

    private final SiteAccess access;

    public AlertQueries(MongoTemplate mongo, SiteAccess access) {
        super(mongo, EarlyWarningAlert.class);
        this.access = access;
    }

    /** The caller's office's alerts (all for HQ); {@code answered} false gives those still without a response. */
    public Page<EarlyWarningAlert> find(String placeId, String month, Boolean answered, Pageable pageable) {
        ListQuery query = ListQuery.withinScope("fieldOffice", access.scope(), null)
                .equal("place.placeId", placeId)
                .equal("month", month);
        if (answered != null) {
            Criteria condition = answered ? Criteria.where("response").ne(null) : Criteria.where("response").is(null);
            return ListQuery.matching(new Criteria().andOperator(query.criteria(), condition)).page(mongo, pageable, EarlyWarningAlert.class);
        }
        return query.page(mongo, pageable, EarlyWarningAlert.class);
    }

    @Override
    public List<EarlyWarningAlert> inMonths(String fromMonth, String toMonth) {
        Query query = Query.query(Criteria.where("month").gte(fromMonth).lte(toMonth));
        query.fields().exclude("description", "communities");
        return mongo.find(query, EarlyWarningAlert.class);
    }
}
