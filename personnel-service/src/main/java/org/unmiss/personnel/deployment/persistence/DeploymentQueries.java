package org.unmiss.personnel.deployment.persistence;

import lombok.RequiredArgsConstructor;
import org.bson.Document;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.unmiss.kit.security.FieldOfficeScope;
import org.unmiss.kit.store.ListQuery;
import org.unmiss.personnel.person.persistence.Staging;
import org.unmiss.personnel.person.domain.DeploymentStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Deployments across people, answered by the store: deployments live inside person documents, so the
 * list unwinds them ($match on the array first so only people with a matching deployment are unwound).
 */
@Component
@RequiredArgsConstructor
public class DeploymentQueries {

    private final MongoTemplate mongo;

    /** One listed deployment with the person's index number. */
    public record Row(String indexNumber, String id, String fieldOffice, String unitCode, String position,
                      LocalDate startDate, LocalDate endDate, DeploymentStatus status) {
    }

    public Page<Row> find(DeploymentStatus status, String fieldOffice, LocalDate endingBy, FieldOfficeScope scope, Pageable pageable) {
        Document element = new Document();
        if (status != null) {
            element.append("status", status.name());
        }
        // The kit's one scope condition, on the deployment rather than the person: "no office" matches nothing.
        element.putAll(ListQuery.inScope("fieldOffice", scope, fieldOffice).getCriteriaObject());
        if (endingBy != null) {
            element.append("endDate", new Document("$lte", mongo.getConverter().convertToMongoType(endingBy)));
        }
        Document unwound = new Document();
        element.forEach((k, v) -> unwound.append("deployments." + k, v));
        List<Document> pipeline = new ArrayList<>();
        Document published = new Document(Staging.STAGED, new Document("$ne", true));
        pipeline.add(new Document("$match", element.isEmpty() ? published
                : published.append("deployments", new Document("$elemMatch", element))));
        pipeline.add(new Document("$unwind", "$deployments"));
        if (!unwound.isEmpty()) {
            pipeline.add(new Document("$match", unwound));
        }
        List<Document> counting = new ArrayList<>(pipeline);
        counting.add(new Document("$group", new Document("_id", null).append("n", new Document("$sum", 1))));
        long total = 0;
        for (Document d : mongo.getCollection("personnel").aggregate(counting)) {
            total = ((Number) d.get("n")).longValue();
        }
        Document sort = new Document();
        for (Sort.Order order : pageable.getSort()) {
            sort.append("deployments." + order.getProperty(), order.isAscending() ? 1 : -1);
        }
        sort.append("deployments._id", 1);
        pipeline.add(new Document("$sort", sort));
        pipeline.add(new Document("$skip", pageable.getOffset()));
        pipeline.add(new Document("$limit", pageable.getPageSize()));
        pipeline.add(new Document("$project", new Document("deployments", 1)));
        List<Row> rows = new ArrayList<>();
        for (Document d : mongo.getCollection("personnel").aggregate(pipeline)) {
            Document dep = d.get("deployments", Document.class);
            rows.add(new Row(d.getString("_id"), dep.getString("_id"), dep.getString("fieldOffice"), dep.getString("unitCode"),
                    dep.getString("position"), date(dep.get("startDate")), date(dep.get("endDate")),
                    DeploymentStatus.valueOf(dep.getString("status"))));
        }
        return new PageImpl<>(rows, pageable, total);
    }

    private LocalDate date(Object stored) {
        return stored == null ? null : mongo.getConverter().getConversionService().convert((Date) stored, LocalDate.class);
    }
}
