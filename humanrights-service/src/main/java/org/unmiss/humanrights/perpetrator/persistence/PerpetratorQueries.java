package org.unmiss.humanrights.perpetrator.persistence;

import lombok.RequiredArgsConstructor;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.unmiss.humanrights.hrcase.domain.CaseStatus;
import org.unmiss.humanrights.hrcase.domain.HrCase;
import org.unmiss.humanrights.perpetrator.domain.PerpetratorCases;
import org.unmiss.kit.security.FieldOfficeScope;
import org.unmiss.kit.store.ListQuery;

import java.time.LocalDate;
import java.util.stream.Stream;

@Component
@RequiredArgsConstructor
public class PerpetratorQueries implements PerpetratorCases {

    private final MongoTemplate mongo;

    @Override
    public Stream<HrCase> standing(FieldOfficeScope scope, LocalDate from, LocalDate to) {
        // the kit's scope condition: an office sees itself, a token without an office nothing
        Criteria criteria = ListQuery.withinScope("fieldOffice", scope, null).fromThrough("incidentDate", from, to).criteria()
                .and("status").ne(CaseStatus.FOUND_NOT_TO_HAVE_OCCURRED);
        Query query = Query.query(criteria);
        query.fields().include("status", "verified", "violations.code", "violations.type", "violations.verification.outcome",
                "violations.perpetrators.partyCode", "violations.perpetrators.unit", "violations.perpetrators.individual");
        return mongo.stream(query, HrCase.class);
    }
}
