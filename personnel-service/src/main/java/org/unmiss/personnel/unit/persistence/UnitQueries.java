package org.unmiss.personnel.unit.persistence;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.unmiss.kit.store.ListQuery;
import org.unmiss.kit.store.MongoDocumentStore;
import org.unmiss.personnel.country.domain.Country;
import org.unmiss.personnel.fieldoffice.domain.FieldOffice;
import org.unmiss.personnel.unit.domain.UnitStore;
import org.unmiss.personnel.unit.domain.Unit;
import org.unmiss.personnel.unit.domain.UnitType;

import java.util.HashSet;
import java.util.Set;

/** Unit lists filtered by the store. */
@Component
public class UnitQueries extends MongoDocumentStore<Unit> implements UnitStore {

    public UnitQueries(MongoTemplate mongo) {
        super(mongo, Unit.class);
    }

    @Override
    public Page<Unit> find(String countryCode, UnitType type, String baseFieldOffice, Pageable pageable) {
        return ListQuery.all()
                .equal("countryCode", countryCode)
                .equal("type", type)
                .equal("baseFieldOffice", baseFieldOffice)
                .page(mongo, pageable, Unit.class);
    }

    @Override
    public boolean knowsCountry(String code) {
        return code != null && mongo.exists(Query.query(Criteria.where("_id").is(code)), Country.class);
    }

    @Override
    public boolean knowsOffice(String code) {
        return code != null && mongo.exists(Query.query(Criteria.where("_id").is(code)), FieldOffice.class);
    }

    /** Every unit code, for checking references in bulk (a mission has dozens of units, not thousands). */
    public Set<String> allCodes() {
        Query query = new Query();
        query.fields().include("_id");
        Set<String> codes = new HashSet<>();
        mongo.getCollection("units").find().projection(query.getFieldsObject())
                .forEach(doc -> codes.add(doc.getString("_id")));
        return codes;
    }
}
