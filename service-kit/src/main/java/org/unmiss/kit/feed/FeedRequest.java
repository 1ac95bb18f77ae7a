package org.unmiss.kit.feed;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import java.time.Instant;

/**
 * A change-feed read passed where a list takes its {@code Pageable}, so a feed goes through exactly the list's
 * own query (filters, field-office scope, what it leaves out): {@code ListQuery.page} and the queries written
 * without it read a {@code FeedRequest} with {@link ChangeFeed} instead of by page number. Always the first
 * "page" of what lies after the position, in the feed's fixed order.
 */
public final class FeedRequest extends PageRequest {

    public static final Sort ORDER = Sort.by(ChangeStamps.FIELD, "_id");

    private final transient Instant updatedSince;
    private final transient FeedCursor after;

    public FeedRequest(int size, Instant updatedSince, FeedCursor after) {
        super(0, size, ORDER);
        this.updatedSince = updatedSince;
        this.after = after;
    }

    /** Only records stamped at or after this (null: from the beginning). */
    public Instant updatedSince() {
        return updatedSince;
    }

    /** Only records after this position (null: from updatedSince). */
    public FeedCursor after() {
        return after;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FeedRequest feed && super.equals(other)
                && java.util.Objects.equals(updatedSince, feed.updatedSince) && java.util.Objects.equals(after, feed.after);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(super.hashCode(), updatedSince, after);
    }
}
