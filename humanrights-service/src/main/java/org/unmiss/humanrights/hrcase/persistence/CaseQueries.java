package org.unmiss.humanrights.hrcase.persistence;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.unmiss.humanrights.hrcase.domain.CaseStatus;
import org.unmiss.humanrights.hrcase.domain.HrCase;
import org.unmiss.humanrights.hrcase.domain.SouthSudanState;
import org.unmiss.humanrights.hrcase.domain.ViolationType;
import org.unmiss.kit.security.FieldOfficeScope;
import org.unmiss.kit.store.ListQuery;

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
        return ListQuery.all()
                .equal("fieldOffice", scope.isBound() ? scope.office() : filter.fieldOffice())
                .equal("status", filter.status())
                .equal("violations.type", filter.violationType())
                .equal("location.state", filter.state())
                .equal("tags", filter.tag())
                .fromThrough("incidentDate", filter.occurredFrom(), filter.occurredTo())
                .page(mongo, pageable, HrCase.class);
    }
}
