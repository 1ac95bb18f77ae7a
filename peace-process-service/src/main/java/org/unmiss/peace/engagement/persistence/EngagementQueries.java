package org.unmiss.peace.engagement.persistence;

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
import org.unmiss.kit.feed.ChangeFeed;
import org.unmiss.kit.feed.FeedRequest;
import org.unmiss.kit.security.FieldOfficeScope;
import org.unmiss.kit.store.ListQuery;
import org.unmiss.peace.engagement.domain.Engagement;
import org.unmiss.peace.engagement.domain.EngagementFilter;
import org.unmiss.peace.engagement.domain.EngagementStatus;
import org.unmiss.peace.engagement.domain.EngagementStore;
import org.unmiss.peace.engagement.domain.OverdueNextStep;
import org.unmiss.peace.engagement.domain.SummaryDimension;
import org.unmiss.peace.engagement.domain.SummaryRow;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/** Filtered lists and the report aggregations, all evaluated by the store. */
@Component
public class EngagementQueries extends MongoDocumentStore<Engagement> implements EngagementStore {

    private static final String COLLECTION = "engagements";
    private final EngagementRepository engagements;

    public EngagementQueries(MongoTemplate mongo, EngagementRepository engagements) {
        super(mongo, Engagement.class);
        this.engagements = engagements;
    }

    @Override
    public Page<Engagement> find(EngagementFilter filter, FieldOfficeScope scope, Collection<EngagementStatus> visible,
                                 Pageable pageable) {
        if (pageable instanceof FeedRequest feed) {
            return ChangeFeed.page(mongo, criteria(filter, scope, visible), feed, Engagement.class);
        }
        Query query = Query.query(criteria(filter, scope, visible));
        long total = mongo.count(query, Engagement.class);
        List<Engagement> content = mongo.find(query.with(pageable), Engagement.class);
        return new PageImpl<>(content, pageable, total);
    }

    @Override
    public List<SummaryRow> summary(SummaryDimension dimension, EngagementFilter filter, FieldOfficeScope scope,
                                    Collection<EngagementStatus> counted) {
        List<AggregationOperation> stages = new ArrayList<>();
        stages.add(Aggregation.match(criteria(filter, scope, counted)));
        if (dimension == SummaryDimension.INTERLOCUTOR_TYPE) {
            stages.add(Aggregation.unwind("interlocutors"));
            // One row per engagement and type first, so three chiefs at one meeting count one engagement.
            stages.add(raw(new Document("$group", new Document("_id",
                    new Document("engagement", "$_id").append("type", "$interlocutors.type"))
                    .append("female", new Document("$first", "$participantsBySex.female"))
                    .append("male", new Document("$first", "$participantsBySex.male")))));
            stages.add(raw(new Document("$group", new Document("_id", "$_id.type")
                    .append("engagements", new Document("$sum", 1))
                    .append("female", new Document("$sum", "$female"))
                    .append("male", new Document("$sum", "$male")))));
        } else {
            stages.add(raw(new Document("$group", new Document("_id", "$" + field(dimension))
                    .append("engagements", new Document("$sum", 1))
                    .append("female", new Document("$sum", "$participantsBySex.female"))
                    .append("male", new Document("$sum", "$participantsBySex.male")))));
        }
        stages.add(raw(new Document("$sort", new Document("_id", 1))));
        return mongo.aggregate(Aggregation.newAggregation(Engagement.class, stages), COLLECTION, Document.class)
                .getMappedResults().stream()
                .map(row -> new SummaryRow(String.valueOf(row.get("_id")), number(row, "engagements"),
                        number(row, "female"), number(row, "male")))
                .toList();
    }

    @Override
    public Page<OverdueNextStep> overdueNextSteps(LocalDate asOf, FieldOfficeScope scope,
                                                  Collection<EngagementStatus> tracked, Pageable pageable) {
        List<AggregationOperation> stages = new ArrayList<>();
        stages.add(Aggregation.match(criteria(new EngagementFilter(null, null, null, null, null, null, null, null, null, null, null),
                scope, tracked)));
        stages.add(Aggregation.unwind("nextSteps"));
        stages.add(Aggregation.match(Criteria.where("nextSteps.completed").is(false).and("nextSteps.dueDate").lt(asOf)));
        List<AggregationOperation> counting = new ArrayList<>(stages);
        counting.add(raw(new Document("$group", new Document("_id", null).append("n", new Document("$sum", 1)))));
        List<Document> count = mongo.aggregate(Aggregation.newAggregation(Engagement.class, counting), COLLECTION, Document.class)
                .getMappedResults();
        long total = count.isEmpty() ? 0 : number(count.get(0), "n");
        stages.add(raw(new Document("$sort", new Document("nextSteps.dueDate", 1).append("_id", 1))));
        stages.add(Aggregation.skip(pageable.getOffset()));
        stages.add(Aggregation.limit(pageable.getPageSize()));
        List<OverdueNextStep> rows = mongo.aggregate(Aggregation.newAggregation(Engagement.class, stages), COLLECTION, Document.class)
                .getMappedResults().stream().map(EngagementQueries::overdue).toList();
        return new PageImpl<>(rows, pageable, total);
    }

    private static OverdueNextStep overdue(Document row) {
        Document step = row.get("nextSteps", Document.class);
        return new OverdueNextStep(row.getString("_id"), row.getString("fieldOffice"), day(row.get("date")),
                step.getString("action"), step.getString("owner"), day(step.get("dueDate")));
    }

    private static LocalDate day(Object stored) {
        return stored instanceof Date date ? date.toInstant().atZone(ZoneOffset.systemDefault()).toLocalDate() : null;
    }

    private static Criteria criteria(EngagementFilter filter, FieldOfficeScope scope, Collection<EngagementStatus> statuses) {
        List<Criteria> all = new ArrayList<>();
        ListQuery.addInScope(all, "fieldOffice", scope, filter.fieldOffice());
        all.add(Criteria.where("status").in(statuses));
        if (filter.status() != null) {
            all.add(Criteria.where("status").is(filter.status()));
        }
        if (filter.level() != null) {
            all.add(Criteria.where("level").is(filter.level()));
        }
        if (filter.state() != null) {
            all.add(Criteria.where("state").is(filter.state()));
        }
        if (filter.interlocutorType() != null) {
            all.add(Criteria.where("interlocutors.type").is(filter.interlocutorType()));
        }
        if (filter.interlocutorId() != null) {
            all.add(Criteria.where("interlocutors.interlocutorId").is(filter.interlocutorId()));
        }
        if (filter.chapter() != null) {
            all.add(Criteria.where("agreementChapters").is(filter.chapter()));
        }
        if (filter.topic() != null) {
            all.add(Criteria.where("topics").is(filter.topic()));
        }
        if (filter.atmosphere() != null) {
            all.add(Criteria.where("atmosphere").is(filter.atmosphere()));
        }
        if (filter.from() != null) {
            all.add(Criteria.where("date").gte(filter.from()));
        }
        if (filter.to() != null) {
            all.add(Criteria.where("date").lte(filter.to()));
        }
        return new Criteria().andOperator(all);
    }

    private static String field(SummaryDimension dimension) {
        return switch (dimension) {
            case LEVEL -> "level";
            case STATE -> "state";
            case MONTH -> "month";
            case FIELD_OFFICE -> "fieldOffice";
            case INTERLOCUTOR_TYPE -> "interlocutors.type";
        };
    }

    private static AggregationOperation raw(Document stage) {
        return context -> stage;
    }

    private static long number(Document row, String key) {
        Object value = row.get(key);
        return value instanceof Number n ? n.longValue() : 0;
    }
}
