package org.unmiss.humanrights.hrcase.persistence;

import org.unmiss.kit.store.MongoDocumentStore;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.unmiss.humanrights.hrcase.domain.CaseStatus;
import org.unmiss.humanrights.hrcase.domain.CaseStore;
import org.unmiss.humanrights.hrcase.domain.HrCase;
import org.unmiss.humanrights.hrcase.domain.SouthSudanState;
import org.unmiss.humanrights.hrcase.domain.ViolationType;
import org.unmiss.kit.security.FieldOfficeScope;
import org.unmiss.kit.store.ListQuery;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Case lists, filtered by the store and always within the caller's field-office scope: a bound user
 * gets their own office's cases whatever they ask for, a caller without an office gets none.
 */
@Component
public class CaseQueries extends MongoDocumentStore<HrCase> implements CaseStore {

    private final HrCaseRepository cases;

    public CaseQueries(MongoTemplate mongo, HrCaseRepository cases) {
        super(mongo, HrCase.class);
        this.cases = cases;
    }

    @Override
    public Optional<HrCase> findByIntakeKey(String intakeKey) {
        return cases.findByIntakeKey(intakeKey);
    }

    public record Filter(String fieldOffice, CaseStatus status, ViolationType violationType, SouthSudanState state,
                         String tag, LocalDate occurredFrom, LocalDate occurredTo, String assignedTo) {
    }

    /**
     * The case, if the caller's scope covers it. The office is part of the query, so another office's case
     * and a case that does not exist are the same answer reached the same way (no second step that could
     * tell them apart by time).
     */
    @Override
    public Optional<HrCase> findVisible(FieldOfficeScope scope, String reference) {
        return Optional.ofNullable(mongo.findOne(Query.query(visible(scope, reference)), HrCase.class));
    }

    /** {@code _id == reference} within the caller's scope (the kit's one condition; no office matches nothing). */
    public static Criteria visible(FieldOfficeScope scope, String reference) {
        return ListQuery.withinScope("fieldOffice", scope, null).equal("_id", reference).criteria();
    }

    public Page<HrCase> find(FieldOfficeScope scope, Filter filter, Pageable pageable) {
        return ListQuery.withinScope("fieldOffice", scope, filter.fieldOffice())
                .equal("status", filter.status())
                .equal("violations.type", filter.violationType())
                .equal("location.state", filter.state())
                .equal("tags", filter.tag())
                .fromThrough("incidentDate", filter.occurredFrom(), filter.occurredTo())
                .equal("assignedTo", filter.assignedTo())
                .page(mongo, pageable, HrCase.class);
    }

    /** Cases under investigation within the caller's scope that someone else recorded: what the caller may verify. */
    public Page<HrCase> awaitingVerification(FieldOfficeScope scope, String verifier, Pageable pageable) {
        return ListQuery.matching(Criteria.where("createdBy").ne(verifier))
                .andWithinScope("fieldOffice", scope, null)
                .equal("status", CaseStatus.UNDER_INVESTIGATION)
                .page(mongo, pageable, HrCase.class);
    }
}
