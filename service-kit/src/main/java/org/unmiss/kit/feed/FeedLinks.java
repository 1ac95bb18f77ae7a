package org.unmiss.kit.feed;

import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The answer to a list that may be a change-feed page: 200, with {@code Link: <...>; rel="next"} (RFC 8288) while
 * more records follow. The link is the request itself with the next cursor, by path only (as the kit's
 * {@code Location} headers), so it resolves against the gateway's address or the service's, whichever was called.
 */
public final class FeedLinks {

    public static final String LINK = "Link";

    private FeedLinks() {
    }

    public static ResponseEntity.BodyBuilder ok(Page<?> page) {
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
        if (page instanceof FeedPage<?> feed && feed.next() != null) {
            ok.header(LINK, "<" + next(feed.next()) + ">; rel=\"next\"");
        }
        return ok;
    }

    static String next(FeedCursor cursor) {
        UriComponents current = ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam(FeedCursor.PARAMETER, cursor.encode()).replaceQueryParam("page").build();
        return UriComponentsBuilder.newInstance().path(current.getPath()).query(current.getQuery()).build().toUriString();
    }
}
