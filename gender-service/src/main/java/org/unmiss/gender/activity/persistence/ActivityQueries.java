package org.unmiss.gender.activity.persistence;

import org.unmiss.gender.activity.domain.ActivityStore;
import org.unmiss.gender.pillar.domain.WpsPillar;
import org.unmiss.gender.pillar.persistence.WpsPillarRepository;
import org.unmiss.kit.store.MongoDocumentStore;

import java.util.Set;
import java.util.stream.Collectors;

import org.bson.Document;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.unmiss.kit.feed.ChangeFeed;
import org.unmiss.kit.feed.FeedRequest;
import org.unmiss.gender.activity.domain.ActionPointStatus;
import org.unmiss.gender.activity.domain.GenderActivity;
import org.unmiss.kit.security.FieldOfficeScope;
import org.unmiss.kit.store.ListQuery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Lists of activities and of action points, filtered, sorted and paged by the store. */
@Component
public class ActivityQueries extends MongoDocumentStore<GenderActivity> implements ActivityStore {

    /** API sort names to stored paths. */
    public static final Map<String, String> SORTABLE = Map.of("id", "_id", "startDate", "details.startDate", "title", "details.title",
            "type", "details.type", "fieldOffice", "details.fieldOffice", "status", "status");
    public static final Map<String, String> ACTION_POINT_SORTABLE = Map.of("dueDate", "actionPoints.dueDate", "owner", "actionPoints.owner",
            "activityId", "_id", "status", "actionPoints.status");

    private final WpsPillarRepository pillars;

    public ActivityQueries(MongoTemplate mongo, WpsPillarRepository pillars) {
        super(mongo, GenderActivity.class);
        this.pillars = pillars;
    }

    @Override
    public Set<String> pillarCodes() {
        return pillars.findAll().stream().map(WpsPillar::code).collect(Collectors.toSet());
    }

    /** One activity if it exists and is within the caller's scope; another office's is "not there". */
    @Override
    public Optional<GenderActivity> visible(String id, FieldOfficeScope scope) {
        return Optional.ofNullable(mongo.findById(id, GenderActivity.class)).filter(a -> scope.covers(a.details().fieldOffice()));
    }

    public Page<GenderActivity> find(ActivityFilter filter, Pageable pageable) {
        if (pageable instanceof FeedRequest feed) {
            return ChangeFeed.page(mongo, criteria(filter), feed, GenderActivity.class);
        }
        Query query = new Query(criteria(filter));
        long total = mongo.count(query, GenderActivity.class);
        query.with(stored(pageable, SORTABLE));
        return new PageImpl<>(mongo.find(query, GenderActivity.class), pageable, total);
    }

    /**
     * Action points with their meeting, optionally only overdue ones (live and past due on
     * {@code today}): unwound and filtered by the store.
     */
    public Page<Document> actionPoints(FieldOfficeScope scope, String fieldOffice, ActionPointStatus status, String owner, boolean overdue,
                                       LocalDate today, Pageable pageable) {
        List<Criteria> meeting = new ArrayList<>(scopeCriteria(scope, fieldOffice));
        List<Criteria> point = new ArrayList<>();
        if (status != null) {
            point.add(Criteria.where("actionPoints.status").is(status.name()));
        }
        if (owner != null && !owner.isBlank()) {
            point.add(Criteria.where("actionPoints.owner").regex(Pattern.quote(owner.trim()), "i"));
        }
        if (overdue) {
            point.add(Criteria.where("actionPoints.status").in(ActionPointStatus.OPEN.name(), ActionPointStatus.IN_PROGRESS.name()));
            point.add(Criteria.where("actionPoints.dueDate").lt(today));
        }
        List<AggregationOperation> stages = new ArrayList<>();
        stages.add(Aggregation.match(and(meeting)));
        stages.add(Aggregation.unwind("actionPoints"));
        if (!point.isEmpty()) {
            stages.add(Aggregation.match(and(point)));
        }
        List<AggregationOperation> counting = new ArrayList<>(stages);
        counting.add(Aggregation.group().count().as("n"));
        Document counted = mongo.aggregate(Aggregation.newAggregation(counting), GenderActivity.class, Document.class).getUniqueMappedResult();
        long total = counted == null ? 0 : ((Number) counted.get("n")).longValue();
        Sort sort = stored(pageable, ACTION_POINT_SORTABLE).getSort().and(Sort.by("_id", "actionPoints._id"));
        stages.add(Aggregation.sort(sort));
        stages.add(Aggregation.skip(pageable.getOffset()));
        stages.add(Aggregation.limit(pageable.getPageSize()));
        List<Document> rows = mongo.aggregate(Aggregation.newAggregation(stages), GenderActivity.class, Document.class).getMappedResults();
        return new PageImpl<>(rows, pageable, total);
    }

    private static Criteria criteria(ActivityFilter f) {
        List<Criteria> all = new ArrayList<>(scopeCriteria(f.scope(), f.fieldOffice()));
        if (f.type() != null) {
            all.add(Criteria.where("details.type").is(f.type().name()));
        }
        if (f.status() != null) {
            all.add(Criteria.where("status").is(f.status().name()));
        }
        if (f.from() != null) {
            all.add(Criteria.where("details.startDate").gte(f.from()));
        }
        if (f.to() != null) {
            all.add(Criteria.where("details.startDate").lte(f.to()));
        }
        if (f.pillar() != null) {
            all.add(Criteria.where("details.pillars").is(f.pillar()));
        }
        if (f.audience() != null) {
            all.add(Criteria.where("details.audiences").is(f.audience().name()));
        }
        if (f.module() != null) {
            all.add(Criteria.where("details.modules").is(f.module().name()));
        }
        if (f.partner() != null && !f.partner().isBlank()) {
            all.add(Criteria.where("details.partners").regex("^" + Pattern.quote(f.partner().trim()) + "$", "i"));
        }
        return and(all);
    }

    /** A bound user is held to their own office; HQ may narrow to one; no office at all sees nothing. */
    static List<Criteria> scopeCriteria(FieldOfficeScope scope, String fieldOffice) {
        List<Criteria> conditions = new ArrayList<>();
        ListQuery.addInScope(conditions, "details.fieldOffice", scope, fieldOffice);
        return conditions;
    }

    static Criteria and(List<Criteria> all) {
        return all.isEmpty() ? new Criteria() : new Criteria().andOperator(all.toArray(Criteria[]::new));
    }

    static Pageable stored(Pageable pageable, Map<String, String> paths) {
        Sort sort = Sort.by(pageable.getSort().stream().map(o -> new Sort.Order(o.getDirection(), paths.get(o.getProperty()))).toList());
        return org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort);
    }
}
