package org.unmiss.kit.feed;

import org.bson.Document;
import org.springframework.data.mapping.context.MappingContext;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.convert.QueryMapper;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.unmiss.kit.web.Paging;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a change feed (ADR 70): the records a list's own conditions match, stamped at or after
 * {@code updatedSince} and after the cursor's position, in {@code (updatedAt, _id)} order. A record changed while a
 * client pages is stamped later than any position already handed out, so it comes again on a later page; one
 * stamped at the same millisecond as the position is kept or passed by its id, so none is skipped or repeated.
 * <p>
 * Two reads: the positions (ids and stamps only) decide the page and the next cursor; then the records themselves
 * are read by id through the template, so everything a list read does on load (unsealing, say) happens here too.
 * A record changed between the two reads is shown as it is now and comes again later with its new stamp.
 */
public final class ChangeFeed {

    private ChangeFeed() {
    }

    /** A page of the feed over {@code type}'s collection, restricted by {@code conditions} (the list's own). */
    public static <T> FeedPage<T> page(MongoOperations mongo, Criteria conditions, FeedRequest feed, Class<T> type,
                                       String... excludedFields) {
        return page(mongo, conditions, feed, type, mongo.getCollectionName(type), excludedFields);
    }

    public static <T> FeedPage<T> page(MongoOperations mongo, Criteria conditions, FeedRequest feed, Class<T> type,
                                       String collection, String... excludedFields) {
        if (feed.getPageSize() > Paging.MAX_SIZE) {
            throw new IllegalArgumentException("a feed page holds at most " + Paging.MAX_SIZE + " records");
        }
        Document filter = filter(mongo, conditions, feed, type);
        List<Document> positions = mongo.execute(collection, store -> store.find(filter)
                .projection(new Document(ChangeStamps.FIELD, 1))
                .sort(new Document(ChangeStamps.FIELD, 1).append("_id", 1))
                .limit(feed.getPageSize() + 1)
                .into(new ArrayList<>()));
        long remaining = mongo.execute(collection, store -> store.countDocuments(filter));
        boolean more = positions.size() > feed.getPageSize();
        List<Document> page = more ? positions.subList(0, feed.getPageSize()) : positions;
        FeedCursor next = more ? position(page.get(page.size() - 1)) : null;
        return new FeedPage<>(records(mongo, page, type, collection, excludedFields), feed, remaining, next);
    }

    private static Document filter(MongoOperations mongo, Criteria conditions, FeedRequest feed, Class<?> type) {
        MappingContext<? extends MongoPersistentEntity<?>, MongoPersistentProperty> mapping =
                mongo.getConverter().getMappingContext();
        // the list's conditions mapped as the template maps them (enums, dates, renamed fields); the feed's own
        // conditions are written in stored terms already
        Document listConditions = new QueryMapper(mongo.getConverter())
                .getMappedObject(Query.query(conditions).getQueryObject(), mapping.getPersistentEntity(type));
        List<Document> all = new ArrayList<>(List.of(listConditions));
        if (feed.updatedSince() != null) {
            all.add(new Document(ChangeStamps.FIELD, new Document("$gte", Date.from(feed.updatedSince()))));
        }
        FeedCursor after = feed.after();
        if (after != null) {
            Date at = Date.from(after.updatedAt());
            all.add(new Document(ChangeStamps.FIELD, new Document("$gte", at)));
            all.add(new Document("$or", List.of(
                    new Document(ChangeStamps.FIELD, new Document("$gt", at)),
                    new Document(ChangeStamps.FIELD, at).append("_id", new Document("$gt", after.id())))));
        }
        return new Document("$and", all);
    }

    private static FeedCursor position(Document stored) {
        Object stamp = stored.get(ChangeStamps.FIELD);
        if (!(stamp instanceof Date at)) {
            throw new IllegalStateException("record " + stored.get("_id") + " has no " + ChangeStamps.FIELD + " stamp");
        }
        return new FeedCursor(at.toInstant(), stored.get("_id"));
    }

    private static <T> List<T> records(MongoOperations mongo, List<Document> positions, Class<T> type, String collection,
                                       String... excludedFields) {
        if (positions.isEmpty()) {
            return List.of();
        }
        List<Object> ids = positions.stream().map(p -> p.get("_id")).toList();
        Query byId = Query.query(Criteria.where("_id").in(ids));
        byId.fields().exclude(excludedFields);
        MongoPersistentEntity<?> entity = mongo.getConverter().getMappingContext().getRequiredPersistentEntity(type);
        Map<String, T> found = new HashMap<>();
        for (T record : mongo.find(byId, type, collection)) {
            found.put(String.valueOf(entity.getIdentifierAccessor(record).getIdentifier()), record);
        }
        // in the feed's order; a record deleted between the two reads is simply not there
        List<T> ordered = new ArrayList<>(ids.size());
        for (Object id : ids) {
            T record = found.get(String.valueOf(id));
            if (record != null) {
                ordered.add(record);
            }
        }
        return ordered;
    }
}
