package org.unmiss.kit.feign;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The next batch of records an {@link UnverifiedReferences} re-checks, taken in id order and carried
 * on from where the last batch stopped (starting over once it reaches the end). A plain "first
 * hundred unverified" would ask about the same records every round, for ever, when they cannot be
 * confirmed (a person personnel-service does not know), and never reach the rest.
 *
 * @param <T> the record type
 */
public final class RecheckBatches<T> {

    private static final Logger log = LoggerFactory.getLogger(RecheckBatches.class);

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

    /**
     * Re-checks the {@linkplain #next next batch} record by record, the one loop every
     * {@link UnverifiedReferences} runs. {@code recheck} answers the record as it is to be saved, or
     * empty when nothing about it changed: an unchanged record is not saved, so a long outage does not
     * move every open client's ETag each round. {@code save} writes at the version read, so a concurrent
     * change wins and the record simply comes again in a later round; a record whose re-check fails
     * otherwise is logged and passed over, so one bad record does not stop the batch.
     *
     * @return how many saved records {@code confirmed} holds for (their marks cleared)
     */
    public int recheckNext(Function<T, Optional<T>> recheck, Consumer<T> save, Predicate<T> confirmed) {
        int count = 0;
        for (T record : next()) {
            try {
                Optional<T> changed = recheck.apply(record);
                if (changed.isPresent()) {
                    save.accept(changed.get());
                    count += confirmed.test(changed.get()) ? 1 : 0;
                }
            } catch (OptimisticLockingFailureException e) {
                log.debug("{} {} changed while it was re-checked; next round", type.getSimpleName(), id.apply(record));
            } catch (RuntimeException e) {
                log.warn("Re-checking {} {} failed: {}", type.getSimpleName(), id.apply(record), e.toString());
            }
        }
        return count;
    }
}
