package org.unmiss.humanrights.person.persistence;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.unmiss.humanrights.hrcase.domain.HrCase;
import org.unmiss.humanrights.hrcase.domain.SourceConnection;
import org.unmiss.humanrights.person.domain.Person;
import org.unmiss.humanrights.person.domain.PersonLinks;
import org.unmiss.humanrights.person.domain.PersonStore;
import org.unmiss.kit.security.FieldOfficeScope;
import org.unmiss.kit.store.ListQuery;
import org.unmiss.kit.store.MongoDocumentStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The registry in {@code hr_people}; where a person appears is read from the cases' victims and sources. */
@Component
public class PersonQueries extends MongoDocumentStore<Person> implements PersonStore {

    private static final String VICTIM_PERSON = "violations.victims.personCode";
    private static final String SOURCE_PERSON = "sources.personCode";

    public PersonQueries(MongoTemplate mongo) {
        super(mongo, Person.class);
    }

    @Override
    public Optional<Person> findVisible(FieldOfficeScope scope, String code) {
        return Optional.ofNullable(mongo.findOne(Query.query(
                ListQuery.withinScope("fieldOffice", scope, null).equal("_id", code).criteria()), Person.class));
    }

    @Override
    public org.springframework.data.domain.Page<Person> list(FieldOfficeScope scope, org.springframework.data.domain.Pageable pageable) {
        return ListQuery.withinScope("fieldOffice", scope, null).page(mongo, pageable, Person.class);
    }

    @Override
    public List<String> duplicateCandidates(FieldOfficeScope scope, String identityKey, String code, int limit) {
        Query query = Query.query(ListQuery.withinScope("fieldOffice", scope, null).equal("identityKey", identityKey).criteria()
                .and("_id").ne(code).and("mergedInto").exists(false)).limit(limit);
        query.fields().include("_id");
        return mongo.find(query, Document.class, "hr_people").stream().map(d -> d.getString("_id")).sorted().toList();
    }

    @Override
    public List<String> codesByName(List<String> nameHashes, int limit) {
        Query query = Query.query(Criteria.where("nameHashes").all(nameHashes)).limit(limit);
        query.fields().include("_id");
        return mongo.find(query, Document.class, "hr_people").stream().map(d -> d.getString("_id")).toList();
    }

    @Override
    public List<PersonLinks.Appearance> appearances(FieldOfficeScope scope, String code, int limit) {
        Query query = Query.query(ListQuery.withinScope("fieldOffice", scope, null).criteria()
                .orOperator(Criteria.where(VICTIM_PERSON).is(code), Criteria.where(SOURCE_PERSON).is(code))).limit(limit);
        // whole victim and source records: the store's mapping needs their counts; nothing sealed leaves this method
        query.fields().include("violations.code", "violations.victims", "sources");
        List<PersonLinks.Appearance> found = new ArrayList<>();
        for (HrCase c : mongo.find(query, HrCase.class)) {
            c.violations().forEach(v -> v.victims().stream().filter(victim -> code.equals(victim.personCode()))
                    .forEach(victim -> found.add(new PersonLinks.Appearance(c.reference(), victim.code(), HrCase.PersonLink.VICTIM,
                            v.code()))));
            c.sources().stream().filter(s -> code.equals(s.personCode())).forEach(s -> found.add(new PersonLinks.Appearance(
                    c.reference(), s.code(), s.connection() == SourceConnection.WITNESS ? HrCase.PersonLink.WITNESS
                    : HrCase.PersonLink.SOURCE, null)));
        }
        return found;
    }

    @Override
    public List<String> casesOf(String code) {
        Query query = Query.query(new Criteria().orOperator(Criteria.where(VICTIM_PERSON).is(code),
                Criteria.where(SOURCE_PERSON).is(code)));
        query.fields().include("_id");
        return mongo.find(query, Document.class, mongo.getCollectionName(HrCase.class)).stream().map(d -> d.getString("_id")).toList();
    }
}
