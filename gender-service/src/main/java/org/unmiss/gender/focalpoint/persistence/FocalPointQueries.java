package org.unmiss.gender.focalpoint.persistence;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.unmiss.gender.focalpoint.domain.FocalPoint;
import org.unmiss.gender.focalpoint.domain.MissionComponent;
import org.unmiss.kit.security.FieldOfficeScope;
import org.unmiss.kit.store.MongoDocumentStore;
import org.unmiss.gender.focalpoint.domain.FocalPointStore;
import org.unmiss.kit.store.ListQuery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Focal points filtered, sorted and paged by the store, within the caller's field office. */
@Component
public class FocalPointQueries extends MongoDocumentStore<FocalPoint> implements FocalPointStore {

    public FocalPointQueries(MongoTemplate mongo) {
        super(mongo, FocalPoint.class);
    }

    @Override
    public Optional<FocalPoint> visible(String id, FieldOfficeScope scope) {
        return Optional.ofNullable(mongo.findById(id, FocalPoint.class)).filter(f -> scope.covers(f.fieldOffice()));
    }

    @Override
    public Page<FocalPoint> find(FieldOfficeScope scope, String fieldOffice, MissionComponent component, LocalDate activeOn,
                                 Boolean unverified, Pageable pageable) {
        List<Criteria> all = criteria(scope, fieldOffice, component, activeOn, unverified);
        Query query = new Query(all.isEmpty() ? new Criteria() : new Criteria().andOperator(all.toArray(Criteria[]::new)));
        long total = mongo.count(query, FocalPoint.class);
        Sort sort = Sort.by(pageable.getSort().stream().map(o -> new Sort.Order(o.getDirection(), SORTABLE.get(o.getProperty()))).toList());
        query.with(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort));
        return new PageImpl<>(mongo.find(query, FocalPoint.class), pageable, total);
    }

    @Override
    public List<FocalPoint> ofPerson(String indexNumber) {
        return mongo.find(Query.query(Criteria.where("indexNumber").is(indexNumber)), FocalPoint.class);
    }

    @Override
    public void delete(String id) {
        mongo.remove(Query.query(Criteria.where("_id").is(id)), FocalPoint.class);
    }

    /** Every appointment running on a day, mission-wide, for the coverage report. */
    public List<FocalPoint> activeOn(LocalDate day) {
        return mongo.find(new Query(new Criteria().andOperator(active(day).toArray(Criteria[]::new))), FocalPoint.class);
    }

    private static List<Criteria> criteria(FieldOfficeScope scope, String fieldOffice, MissionComponent component, LocalDate activeOn,
                                           Boolean unverified) {
        List<Criteria> all = new ArrayList<>();
        ListQuery.addInScope(all, "fieldOffice", scope, fieldOffice);
        if (component != null) {
            all.add(Criteria.where("component").is(component.name()));
        }
        if (activeOn != null) {
            all.addAll(active(activeOn));
        }
        if (unverified != null) {
            all.add(Criteria.where("personnelReferenceUnverified").is(unverified));
        }
        return all;
    }

    private static List<Criteria> active(LocalDate day) {
        return List.of(Criteria.where("appointedFrom").lte(day),
                new Criteria().orOperator(Criteria.where("appointedTo").is(null), Criteria.where("appointedTo").gte(day)));
    }
}
