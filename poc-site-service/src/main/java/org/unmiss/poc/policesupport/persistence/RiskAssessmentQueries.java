package org.unmiss.poc.policesupport.persistence;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.unmiss.kit.store.ListQuery;
import org.unmiss.kit.store.MongoDocumentStore;
import org.unmiss.poc.policesupport.domain.RiskAssessment;
import org.unmiss.poc.policesupport.domain.RiskAssessmentStore;
import org.unmiss.poc.site.domain.SiteAccess;

import java.util.List;

@Component
public class RiskAssessmentQueries extends MongoDocumentStore<RiskAssessment> implements RiskAssessmentStore {

    private final SiteAccess access;

    public RiskAssessmentQueries(MongoTemplate mongo, SiteAccess access) {
        super(mongo, RiskAssessment.class);
        this.access = access;
    }

    public Page<RiskAssessment> find(Pageable pageable) {
        return ListQuery.withinScope("fieldOffice", access.scope(), null).page(mongo, pageable, RiskAssessment.class);
    }

    @Override
    public List<RiskAssessment> ofUnit(String fieldOffice, String beneficiaryKey) {
        return mongo.find(Query.query(Criteria.where("fieldOffice").is(fieldOffice).and("beneficiaryKey").is(beneficiaryKey)),
                RiskAssessment.class);
    }
}
