package org.unmiss.personnel.person.persistence;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;
import org.unmiss.kit.security.FieldOfficeScope;
import org.unmiss.personnel.person.domain.Category;
import org.unmiss.personnel.person.domain.Person;
import org.unmiss.personnel.person.domain.PersonStatus;
import org.unmiss.personnel.person.domain.Sex;
import org.unmiss.personnel.person.domain.SubCategory;

/** Personnel lists filtered by the store, within the caller's field-office scope. */
@Component
public class PersonQueries {

    private final MongoTemplate mongo;

    public PersonQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Filters for a personnel list; null means "any". */
    public record Filter(Category category, SubCategory subCategory, String nationality, Sex sex, PersonStatus status,
                         String fieldOffice, String unitCode, String section) {
    }

    public Page<Person> find(Filter filter, FieldOfficeScope scope, Pageable pageable) {
        Criteria criteria = new Criteria();
        if (scope.isBound()) {
            if (filter.fieldOffice() != null && !filter.fieldOffice().equals(scope.office())) {
                return Page.empty(pageable);
            }
            criteria.and("fieldOffice").is(scope.office());
        } else if (!scope.isHeadquarters()) {
            return Page.empty(pageable);
        } else if (filter.fieldOffice() != null) {
            criteria.and("fieldOffice").is(filter.fieldOffice());
        }
        eq(criteria, "category", filter.category());
        eq(criteria, "subCategory", filter.subCategory());
        eq(criteria, "nationality", filter.nationality());
        eq(criteria, "sex", filter.sex());
        eq(criteria, "status", filter.status());
        eq(criteria, "unitCode", filter.unitCode());
        eq(criteria, "section", filter.section());
        Query query = Query.query(criteria);
        query.fields().exclude("deployments");
        long total = mongo.count(Query.query(criteria), Person.class);
        return PageableExecutionUtils.getPage(mongo.find(query.with(pageable), Person.class), pageable, () -> total);
    }

    private static void eq(Criteria criteria, String field, Object value) {
        if (value != null) {
            criteria.and(field).is(value);
        }
    }
}
