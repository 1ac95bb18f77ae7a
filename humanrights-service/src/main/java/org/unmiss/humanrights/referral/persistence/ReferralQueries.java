package org.unmiss.humanrights.referral.persistence;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;
import org.unmiss.humanrights.referral.domain.Referral;
import org.unmiss.humanrights.referral.domain.ReferralStatus;
import org.unmiss.humanrights.referral.domain.ReferralStore;
import org.unmiss.kit.security.FieldOfficeScope;
import org.unmiss.kit.store.ListQuery;
import org.unmiss.kit.store.MongoDocumentStore;

@Component
public class ReferralQueries extends MongoDocumentStore<Referral> implements ReferralStore {

    public ReferralQueries(MongoTemplate mongo) {
        super(mongo, Referral.class);
    }

    @Override
    public Page<Referral> toProvider(String providerCode, ReferralStatus status, Pageable page) {
        Criteria criteria = Criteria.where("providerCode").is(providerCode);
        if (status != null) {
            criteria.and("status").is(status);
        }
        return page(criteria, page);
    }

    @Override
    public Page<Referral> withinScope(FieldOfficeScope scope, String caseReference, ReferralStatus status, Pageable page) {
        Criteria criteria = ListQuery.inScope("fieldOffice", scope, null);
        if (caseReference != null) {
            criteria.and("caseReference").is(caseReference);
        }
        if (status != null) {
            criteria.and("status").is(status);
        }
        return page(criteria, page);
    }

    private Page<Referral> page(Criteria criteria, Pageable page) {
        Query query = Query.query(criteria).with(page);
        return PageableExecutionUtils.getPage(mongo.find(query, Referral.class), page,
                () -> mongo.count(Query.query(criteria), Referral.class));
    }
}
