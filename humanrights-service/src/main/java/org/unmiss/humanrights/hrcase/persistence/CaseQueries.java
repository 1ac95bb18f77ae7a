package org.unmiss.humanrights.hrcase.persistence;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;
import org.unmiss.humanrights.hrcase.domain.CaseStatus;
import org.unmiss.humanrights.hrcase.domain.HrCase;
import org.unmiss.humanrights.hrcase.domain.SouthSudanState;
import org.unmiss.humanrights.hrcase.domain.ViolationType;
import org.unmiss.kit.security.FieldOfficeScope;

import java.time.LocalDate;

/**
 * Case lists, filtered by the store and always within the caller's field-office scope: a bound user
 * gets their own office's cases whatever they ask for, a caller without an office gets none.
 */
@Component
public class CaseQueries {

    private final MongoTemplate mongo;

    public CaseQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public record Filter(String fieldOffice, CaseStatus status, ViolationType violationType, SouthSudanState state,
                         String tag, LocalDate occurredFrom, LocalDate occurredTo) {
    }

    public Page<HrCase> find(FieldOfficeScope scope, Filter filter, Pageable pageable) {
        boolean otherOffice = scope.isBound() && filter.fieldOffice() != null && !filter.fieldOffice().equals(scope.office());
        if (scope.office() == null || otherOffice) {
            return Page.empty(pageable);
        }
        Criteria criteria = new Criteria();
        String office = scope.isBound() ? scope.office() : filter.fieldOffice();
        if (office != null) {
            criteria.and("fieldOffice").is(office);
        }
        if (filter.status() != null) {
            criteria.and("status").is(filter.status());
        }
        if (filter.violationType() != null) {
            criteria.and("violations.type").is(filter.violationType());
        }
        if (filter.state() != null) {
            criteria.and("location.state").is(filter.state());
        }
        if (filter.tag() != null) {
            criteria.and("tags").is(filter.tag());
        }
        if (filter.occurredFrom() != null || filter.occurredTo() != null) {
            Criteria date = criteria.and("incidentDate");
            if (filter.occurredFrom() != null) {
                date.gte(filter.occurredFrom());
            }
            if (filter.occurredTo() != null) {
                date.lte(filter.occurredTo());
            }
        }
        Query query = Query.query(criteria);
        long total = mongo.count(query, HrCase.class);
        return PageableExecutionUtils.getPage(mongo.find(query.with(pageable), HrCase.class), pageable, () -> total);
    }
}
