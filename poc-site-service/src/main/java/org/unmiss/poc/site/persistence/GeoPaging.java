package org.unmiss.poc.site.persistence;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.unmiss.kit.feed.ChangeFeed;
import org.unmiss.kit.feed.FeedRequest;
import org.unmiss.kit.problem.InvalidRequestException;
import org.unmiss.poc.geo.domain.BoundingBox;
import org.unmiss.poc.geo.domain.GeoFilter;

import java.util.List;
import java.util.function.Predicate;

/**
 * Paging for located records with an area filter. The store answers the box on the numeric
 * {@code latitude}/{@code longitude} fields; when the exact check (a radius) can still drop
 * records, the candidates are filtered in the service and paged there, which is bounded by
 * {@link #MAX_CANDIDATES} so one query cannot pull a whole collection into memory.
 */
public final class GeoPaging {

    public static final int MAX_CANDIDATES = 20_000;

    private GeoPaging() {
    }

    public static Criteria within(Criteria criteria, GeoFilter area) {
        if (area == null) {
            return criteria;
        }
        BoundingBox box = area.prefilter();
        return criteria.and("latitude").gte(box.minLatitude()).lte(box.maxLatitude())
                .and("longitude").gte(box.minLongitude()).lte(box.maxLongitude());
    }

    public static <T> Page<T> page(MongoTemplate mongo, Criteria criteria, GeoFilter area, Pageable pageable, Class<T> type,
                                   Predicate<T> exact) {
        if (pageable instanceof FeedRequest feed) {
            // a feed page is cut by position, before any exact check could drop records from it
            if (area != null && area.needsExactCheck()) {
                throw new InvalidRequestException("radiusKm", "cannot be combined with updatedSince or cursor; use a bounding box");
            }
            return ChangeFeed.page(mongo, criteria, feed, type);
        }
        Query query = Query.query(criteria);
        if (area == null || !area.needsExactCheck()) {
            long total = mongo.count(query, type);
            return PageableExecutionUtils.getPage(mongo.find(Query.of(query).with(pageable), type), pageable, () -> total);
        }
        long candidates = mongo.count(query, type);
        if (candidates > MAX_CANDIDATES) {
            throw new InvalidRequestException("radiusKm", "covers " + candidates + " records, more than "
                    + MAX_CANDIDATES + "; narrow the area or add filters");
        }
        List<T> matching = mongo.find(Query.of(query).with(pageable.getSort()), type).stream().filter(exact).toList();
        int from = (int) Math.min(pageable.getOffset(), matching.size());
        int to = Math.min(from + pageable.getPageSize(), matching.size());
        return new PageImpl<>(matching.subList(from, to), pageable, matching.size());
    }
}
