package org.unmiss.personnel.person.persistence;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.unmiss.kit.security.FieldOfficeScope;
import org.unmiss.kit.store.ListQuery;
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
        return ListQuery.matching(Staging.published())
                .andWithinScope("fieldOffice", scope, filter.fieldOffice())
                .equal("category", filter.category())
                .equal("subCategory", filter.subCategory())
                .equal("nationality", filter.nationality())
                .equal("sex", filter.sex())
                .equal("status", filter.status())
                .equal("unitCode", filter.unitCode())
                .equal("section", filter.section())
                .excluding("deployments")
                .page(mongo, pageable, Person.class);
    }
}
