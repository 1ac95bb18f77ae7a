package org.unmiss.kit.store;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.unmiss.kit.feed.ChangeFeed;
import org.unmiss.kit.feed.FeedRequest;
import org.unmiss.kit.security.FieldOfficeScope;
import org.unmiss.kit.web.Paging;

/**
 * A filtered, paged list read from the store, as the services' list endpoints need it: each filter applies only
 * when its value is given (null means "any"), and a page carries the total of all matches.
 * <pre>{@code
 * ListQuery.withinScope("fieldOffice", user.fieldOffice(), fieldOffice)
 *         .equal("siteCode", siteCode)
 *         .fromUntil("startedAt", from, to)
 *         .page(mongo, pageable, Patrol.class);
 * }</pre>
 */
public final class ListQuery {

    private final Criteria criteria;
    private String[] excludedFields = new String[0];

    private ListQuery(Criteria criteria) {
        this.criteria = criteria;
    }

    /** Starts from conditions that always apply (an access restriction, say). */
    public static ListQuery matching(Criteria always) {
        return new ListQuery(always);
    }

    public static ListQuery all() {
        return new ListQuery(new Criteria());
    }

    /**
     * Starts from the caller's field-office scope on {@code field}, with the office the caller asked for
     * ({@code requested}, null for any): headquarters sees every office (or the one asked for), an office
     * only itself, and a caller without an office, or asking for another one, nothing.
     */
    public static ListQuery withinScope(String field, FieldOfficeScope scope, String requested) {
        return all().andWithinScope(field, scope, requested);
    }

    /** The same restriction added to conditions that always apply (published records only, say). */
    public ListQuery andWithinScope(String field, FieldOfficeScope scope, String requested) {
        scope.officesFor(requested).ifPresent(codes -> {
            if (codes.size() == 1) {
                criteria.and(field).is(codes.get(0));
            } else {
                criteria.and(field).in(codes);
            }
        });
        return this;
    }

    /**
     * The one condition for "within the caller's scope" (see {@link #withinScope}), for queries that combine
     * conditions themselves (aggregations, {@code andOperator} lists). "No office" is always {@code field in []}:
     * a condition that matches no document, so an empty scope can never be read as "no restriction".
     */
    public static Criteria inScope(String field, FieldOfficeScope scope, String requested) {
        return withinScope(field, scope, requested).criteria();
    }

    /** Adds the scope condition to a list of conditions to be joined with {@code andOperator}, when there is one. */
    public static void addInScope(java.util.List<Criteria> conditions, String field, FieldOfficeScope scope, String requested) {
        Criteria condition = inScope(field, scope, requested);
        if (!condition.getCriteriaObject().isEmpty()) {
            conditions.add(condition);
        }
    }

    /** {@code field == value}, when a value is given. */
    public ListQuery equal(String field, Object value) {
        if (value != null) {
            criteria.and(field).is(value);
        }
        return this;
    }

    /** {@code from <= field < until}, each bound only when given (a half-open period). */
    public ListQuery fromUntil(String field, Object from, Object until) {
        return range(field, from, until, false);
    }

    /** {@code from <= field <= through}, each bound only when given (whole days, say). */
    public ListQuery fromThrough(String field, Object from, Object through) {
        return range(field, from, through, true);
    }

    /** Leaves these fields out of the listed documents (large embedded lists a list does not show). */
    public ListQuery excluding(String... fields) {
        this.excludedFields = fields.clone();
        return this;
    }

    public Criteria criteria() {
        return criteria;
    }

    /** The requested page of matches, with the number of all matches; for a {@link FeedRequest}, the change feed's page (ADR 70). */
    public <T> Page<T> page(MongoOperations mongo, Pageable pageable, Class<T> type) {
        return page(mongo, pageable, type, mongo.getCollectionName(type));
    }

    /** The same from a named collection. */
    public <T> Page<T> page(MongoOperations mongo, Pageable pageable, Class<T> type, String collection) {
        if (pageable instanceof FeedRequest feed) {
            return ChangeFeed.page(mongo, criteria, feed, type, collection, excludedFields);
        }
        // The driver's skip is an int: a deep page must be refused here, not wrapped round to a wrong one.
        Paging.requireWithinCap(pageable);
        long total = mongo.count(Query.query(criteria), type, collection);
        Query query = Query.query(criteria).with(pageable);
        query.fields().exclude(excludedFields);
        return PageableExecutionUtils.getPage(mongo.find(query, type, collection), pageable, () -> total);
    }

    private ListQuery range(String field, Object from, Object to, boolean toInclusive) {
        if (from == null && to == null) {
            return this;
        }
        Criteria range = criteria.and(field);
        if (from != null) {
            range.gte(from);
        }
        if (to != null) {
            if (toInclusive) {
                range.lte(to);
            } else {
                range.lt(to);
            }
        }
        return this;
    }
}
