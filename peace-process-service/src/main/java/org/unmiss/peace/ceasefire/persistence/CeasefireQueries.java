package org.unmiss.peace.ceasefire.persistence;

import org.unmiss.kit.store.MongoDocumentStore;
import org.bson.Document;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.unmiss.kit.security.FieldOfficeScope;
import org.unmiss.kit.store.ListQuery;
import org.unmiss.peace.ceasefire.domain.CeasefireDimension;
import org.unmiss.peace.ceasefire.domain.CeasefireReport;
import org.unmiss.peace.ceasefire.domain.CeasefireStore;
import org.unmiss.peace.ceasefire.domain.CeasefireSummaryRow;
import org.unmiss.peace.ceasefire.domain.ViolationReportFilter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;

@Component
public class CeasefireQueries extends MongoDocumentStore<CeasefireReport> implements CeasefireStore {

    private static final String COLLECTION = "ceasefire_reports";
    private final CeasefireReportRepository reports;

    public CeasefireQueries(MongoTemplate mongo, CeasefireReportRepository reports) {
        super(mongo, CeasefireReport.class);
        this.reports = reports;
    }

    @Override
    public Page<CeasefireReport> find(ViolationReportFilter filter, FieldOfficeScope scope, Pageable pageable) {
        Query query = Query.query(criteria(filter, scope));
        long total = mongo.count(query, CeasefireReport.class);
        return new PageImpl<>(mongo.find(query.with(pageable), CeasefireReport.class), pageable, total);
    }

    /** Counts per group: all reports, those still open, those with an access denial (three store aggregations). */
    @Override
    public List<CeasefireSummaryRow> summary(CeasefireDimension dimension, ViolationReportFilter filter, FieldOfficeScope scope) {
        Map<String, Long> all = count(dimension, criteria(filter, scope));
        Map<String, Long> open = count(dimension, new Criteria().andOperator(criteria(filter, scope), Criteria.where("open").is(true)));
        Map<String, Long> denied = count(dimension, new Criteria().andOperator(criteria(filter, scope),
                Criteria.where("accessDenials.0").exists(true)));
        return all.entrySet().stream().map(e -> new CeasefireSummaryRow(e.getKey(), e.getValue(),
                open.getOrDefault(e.getKey(), 0L), denied.getOrDefault(e.getKey(), 0L))).toList();
    }

    private Map<String, Long> count(CeasefireDimension dimension, Criteria criteria) {
        List<AggregationOperation> stages = new ArrayList<>();
        stages.add(Aggregation.match(criteria));
        if (dimension == CeasefireDimension.PARTY) {
            stages.add(Aggregation.unwind("allegedParties"));
        }
        stages.add(raw(new Document("$group", new Document("_id", "$" + field(dimension)).append("n", new Document("$sum", 1)))));
        stages.add(raw(new Document("$sort", new Document("_id", 1))));
        Map<String, Long> counts = new LinkedHashMap<>();
        mongo.aggregate(Aggregation.newAggregation(CeasefireReport.class, stages), COLLECTION, Document.class)
                .getMappedResults().forEach(row -> counts.put(row.get("_id") == null ? "OPEN" : String.valueOf(row.get("_id")),
                        ((Number) row.get("n")).longValue()));
        return counts;
    }

    private static String field(CeasefireDimension dimension) {
        return switch (dimension) {
            case TYPE -> "type";
            case PARTY -> "allegedParties";
            case STAGE -> "stage";
            case SOURCE -> "source";
            case OUTCOME -> "outcome";
        };
    }

    private static Criteria criteria(ViolationReportFilter filter, FieldOfficeScope scope) {
        List<Criteria> all = new ArrayList<>();
        ListQuery.addInScope(all, "fieldOffice", scope, filter.fieldOffice());
        if (filter.stage() != null) {
            all.add(Criteria.where("stage").is(filter.stage()));
        }
        if (filter.type() != null) {
            all.add(Criteria.where("type").is(filter.type()));
        }
        if (filter.party() != null) {
            all.add(Criteria.where("allegedParties").is(filter.party()));
        }
        if (filter.source() != null) {
            all.add(Criteria.where("source").is(filter.source()));
        }
        if (filter.state() != null) {
            all.add(Criteria.where("state").is(filter.state()));
        }
        if (filter.open() != null) {
            all.add(Criteria.where("open").is(filter.open()));
        }
        if (filter.from() != null) {
            all.add(Criteria.where("incidentDate").gte(filter.from()));
        }
        if (filter.to() != null) {
            all.add(Criteria.where("incidentDate").lte(filter.to()));
        }
        return all.isEmpty() ? new Criteria() : new Criteria().andOperator(all);
    }

    private static AggregationOperation raw(Document stage) {
        return context -> stage;
    }
}
