package org.unmiss.personnel.person.persistence;

import org.unmiss.kit.store.MongoDocumentStore;
import org.unmiss.personnel.person.domain.PersonReferences;
import org.unmiss.personnel.person.domain.PersonStore;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

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

/** Personnel lists filtered by the store, within the caller's field-office scope; and the store side of the use cases. */
@Component
public class PersonQueries extends MongoDocumentStore<Person> implements PersonStore {

    private final PersonRepository repository;
    private final ChangeMarker changes;
    private final PersonLocks locks;
    private final ReferenceSnapshot references;

    public PersonQueries(MongoTemplate mongo, PersonRepository repository, ChangeMarker changes, PersonLocks locks,
                         ReferenceSnapshot references) {
        super(mongo, Person.class);
        this.repository = repository;
        this.changes = changes;
        this.locks = locks;
        this.references = references;
    }

    @Override
    public Optional<Person> findPublished(String indexNumber) {
        return repository.findPublished(indexNumber);
    }

    @Override
    public void changed(List<Person> written) {
        changes.bump(written);
    }

    @Override
    public PersonReferences references() {
        return references.take();
    }

    @Override
    public <T> T oneWriter(String indexNumber, Supplier<T> work) {
        return locks.one(indexNumber, work);
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
