package org.unmiss.kit.feed;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.unmiss.kit.problem.InvalidRequestException;
import org.unmiss.kit.web.ListParams;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** With updatedSince or cursor a list reads its change feed; page and sort do not mix with it; bad values name the parameter. */
class FeedParamsTest {

    private static final Set<String> SORTABLE = Set.of("name");
    private static final Sort BY_NAME = Sort.by("name");

    @Test
    void withoutFeedParametersTheListPagesAsAlways() {
        Pageable pageable = new FeedParams(null, " ").pageable(new ListParams(2, 10, "name,desc"), SORTABLE, BY_NAME);
        assertThat(pageable).isNotInstanceOf(FeedRequest.class);
        assertThat(pageable.getPageNumber()).isEqualTo(2);
    }

    @Test
    void updatedSinceStartsAFeedInChangeOrder() {
        Pageable pageable = new FeedParams("2026-01-31T00:00:00Z", null).pageable(new ListParams(null, 25, null), SORTABLE, BY_NAME);
        assertThat(pageable).isInstanceOfSatisfying(FeedRequest.class, feed -> {
            assertThat(feed.updatedSince()).isEqualTo(Instant.parse("2026-01-31T00:00:00Z"));
            assertThat(feed.after()).isNull();
            assertThat(feed.getPageSize()).isEqualTo(25);
            assertThat(feed.getSort()).isEqualTo(FeedRequest.ORDER);
        });
    }

    @Test
    void aCursorContinuesFromItsPosition() {
        FeedCursor position = new FeedCursor(Instant.parse("2026-02-01T08:00:00Z"), "P-1");
        Pageable pageable = new FeedParams(null, position.encode()).pageable(new ListParams(null, null, null), SORTABLE, BY_NAME);
        assertThat(((FeedRequest) pageable).after()).isEqualTo(position);
    }

    @Test
    void aBadInstantNamesUpdatedSince() {
        assertRefused(() -> new FeedParams("yesterday", null).pageable(new ListParams(null, null, null), SORTABLE, BY_NAME), "updatedSince");
        assertRefused(() -> new FeedParams("2026-01-31", null).pageable(new ListParams(null, null, null), SORTABLE, BY_NAME), "updatedSince");
    }

    @Test
    void aBadCursorNamesCursor() {
        assertRefused(() -> new FeedParams(null, "garbage").pageable(new ListParams(null, null, null), SORTABLE, BY_NAME), "cursor");
    }

    @Test
    void pageSortAndAnOversizePageAreRefusedInAFeed() {
        FeedParams feed = new FeedParams("2026-01-31T00:00:00Z", null);
        assertRefused(() -> feed.pageable(new ListParams(1, null, null), SORTABLE, BY_NAME), "page");
        assertRefused(() -> feed.pageable(new ListParams(null, null, "name"), SORTABLE, BY_NAME), "sort");
        assertRefused(() -> feed.pageable(new ListParams(null, 201, null), SORTABLE, BY_NAME), "size");
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String parameter) {
        InvalidRequestException refused = catchThrowableOfType(InvalidRequestException.class, call);
        assertThat(refused).isNotNull();
        assertThat(refused.errors()).extracting(error -> error.field()).containsExactly(parameter);
    }
}
