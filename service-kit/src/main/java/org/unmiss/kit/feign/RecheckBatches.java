package org.unmiss.kit.feign;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.util.List;
import java.util.function.Function;

/**
 * The next batch of records an {@link UnverifiedReferences} re-checks, taken in id order and carried
 * on from where the last batch stopped (starting over once it reaches the end). A plain "first
 * hundred unverified" would ask about the same records every round, for ever, when they cannot be
 * confirmed (a person personnel-service does not know), and never reach the rest.
 *
 * @param <T> the record type
 */
public final class RecheckBatches<T> {

    private final MongoTemplate mongo;
    private final Class<T> type;
    private final Criteria unverified;
    private final Function<T, String> id;
    private final int size;
    private volatile String after;

    public RecheckBatches(MongoTemplate mongo, Class<T> type, Criteria unverified, Function<T, String> id, int size) {
        this.mongo = mongo;
        this.type = type;
        this.unverified = unverified;
        this.id = id;
        this.size = size;
    }

    /** Up to {@code size} records holding unverified references, after the previous batch's last. */
    public List<T> next() {
        String from = after;
        Criteria which = from == null ? unverified : new Criteria().andOperator(unverified, Criteria.where("_id").gt(from));
        List<T> batch = mongo.find(Query.query(which).with(Sort.by("_id")).limit(size), type);
        after = batch.size() < size ? null : id.apply(batch.get(batch.size() - 1));
        return batch;
    }
}
