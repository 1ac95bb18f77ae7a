package org.unmiss.kit.feed;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.unmiss.kit.problem.FieldErrors;
import org.unmiss.kit.problem.InvalidRequestException;
import org.unmiss.kit.web.ListParams;
import org.unmiss.kit.web.Paging;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * The change-feed parameters of a polled list (ADR 70), next to its {@link ListParams}: with either of them the
 * list answers its records in change order ({@code updatedAt}, then id) from that point, a page of {@code size},
 * with a {@code Link: <...>; rel="next"} header while more follow. Without them the list pages as always.
 */
@ParameterObject
public record FeedParams(
        @Parameter(description = "Change feed: only records created or changed at or after this instant (ISO-8601, "
                + "e.g. 2026-01-31T00:00:00Z), oldest change first; follow the Link header (rel=\"next\") for more",
                schema = @Schema(type = "string", format = "date-time")) String updatedSince,
        @Parameter(description = "Change feed: where the previous page ended, exactly as its Link header (rel=\"next\") "
                + "gave it; opaque") String cursor) {

    public FeedParams {
        updatedSince = updatedSince == null || updatedSince.isBlank() ? null : updatedSince.trim();
        cursor = cursor == null || cursor.isBlank() ? null : cursor.trim();
    }

    /** Is this a change-feed read? */
    public boolean requested() {
        return updatedSince != null || cursor != null;
    }

    /** The feed read when asked for (a {@link FeedRequest}), else the list's page as {@link ListParams#pageable} gives it. */
    public Pageable pageable(ListParams list, Set<String> sortable, Sort defaultSort) {
        if (!requested()) {
            return list.pageable(sortable, defaultSort);
        }
        FieldErrors errors = new FieldErrors();
        if (list.page() != 0) {
            errors.add("page", "cannot be combined with updatedSince or cursor: follow the Link header for the next page");
        }
        if (list.sort() != null) {
            errors.add("sort", "cannot be combined with updatedSince or cursor: a change feed is in the order of change");
        }
        errors.throwIfAny("List parameters are not valid");
        Pageable size = Paging.of(0, list.size(), null, Set.of(), FeedRequest.ORDER);
        return new FeedRequest(size.getPageSize(), since(), cursor == null ? null : FeedCursor.decode(cursor));
    }

    /** The instant asked for, or a 400 naming {@code updatedSince}. */
    Instant since() {
        if (updatedSince == null) {
            return null;
        }
        try {
            return Instant.parse(updatedSince);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("updatedSince", "must be an ISO-8601 instant such as 2026-01-31T00:00:00Z");
        }
    }
}
