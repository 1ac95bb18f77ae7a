package org.unmiss.kit.feed;

import org.springframework.data.domain.PageImpl;

import java.util.List;

/** One page of a change feed: the records, how many lie after the position (this page included), and where the next page starts (null: caught up). */
public final class FeedPage<T> extends PageImpl<T> {

    private final transient FeedCursor next;

    public FeedPage(List<T> content, FeedRequest request, long remaining, FeedCursor next) {
        super(content, request, remaining);
        this.next = next;
    }

    public FeedCursor next() {
        return next;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FeedPage<?> page && super.equals(other) && java.util.Objects.equals(next, page.next);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(super.hashCode(), next);
    }
}
