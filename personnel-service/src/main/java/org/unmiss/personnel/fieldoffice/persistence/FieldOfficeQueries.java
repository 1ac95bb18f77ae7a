package org.unmiss.personnel.fieldoffice.persistence;

import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;
import org.unmiss.kit.store.ListQuery;
import org.unmiss.personnel.fieldoffice.domain.FieldOffice;

import java.time.LocalDate;

/** Field-office lists with optional filters, answered by the store (not filtered in memory). */
@Component
@RequiredArgsConstructor
public class FieldOfficeQueries {

    private final MongoTemplate mongo;

    /** Offices, optionally only those open on {@code openOn} and/or in {@code state}. */
    public Page<FieldOffice> find(LocalDate openOn, String state, Pageable pageable) {
        Criteria criteria = new Criteria();
        if (openOn != null) {
            criteria.and("effectiveFrom").lte(openOn)
                    .orOperator(Criteria.where("effectiveTo").is(null), Criteria.where("effectiveTo").gt(openOn));
        }
        return ListQuery.matching(criteria).equal("state", state).page(mongo, pageable, FieldOffice.class);
    }
}
