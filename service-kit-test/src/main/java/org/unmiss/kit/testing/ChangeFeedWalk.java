package org.unmiss.kit.testing;

import org.unmiss.kit.feed.ChangeStamps;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A client of a list's change feed (ADR 70), as a partner polls it: the first page from {@code updatedSince},
 * then each {@code Link: <...>; rel="next"} until there is none. Each service's feed test walks its lists with it.
 */
public final class ChangeFeedWalk {

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"next\"");

    private final ApiClient api;
    private final String token;
    private final List<ApiResponse> pages = new ArrayList<>();

    private ChangeFeedWalk(ApiClient api, String token) {
        this.api = api;
        this.token = token;
    }

    public static ChangeFeedWalk by(ApiClient api, String token) {
        return new ChangeFeedWalk(api, token);
    }

    /**
     * A point after everything the service stamped so far and at or before what it stamps next, in the form
     * updatedSince takes: taken from the service's own stamps, which run ahead of the wall clock after a burst of
     * writes (ADR 70), so a test's "since now" never depends on timing.
     */
    public static String since(ChangeStamps stamps) {
        return stamps.next().toInstant().toString();
    }

    /** Reads one page (asserting a 200) and remembers it. */
    public ApiResponse page(String path) {
        ApiResponse page = api.get(path, token);
        if (page.status() != 200) {
            throw new AssertionError("GET " + path + " answered " + page.status() + ": " + page.body());
        }
        pages.add(page);
        return page;
    }

    /** Follows the Link headers from the last page read until the feed is caught up; the ids seen on the way, in order. */
    public List<String> followToTheEnd(String idField) {
        List<String> ids = new ArrayList<>();
        for (int guard = 0; guard < 1_000; guard++) {
            String next = next(pages.get(pages.size() - 1));
            if (next == null) {
                return ids;
            }
            ids.addAll(ids(page(next), idField));
        }
        throw new AssertionError("the feed did not end after 1000 pages");
    }

    /** The ids of every page read so far, in order. */
    public List<String> seen(String idField) {
        List<String> ids = new ArrayList<>();
        pages.forEach(page -> ids.addAll(ids(page, idField)));
        return ids;
    }

    public static List<String> ids(ApiResponse page, String idField) {
        List<String> ids = new ArrayList<>();
        for (JsonNode record : page.json().get("content")) {
            ids.add(record.get(idField).asString());
        }
        return ids;
    }

    /** The next page's address from the Link header, or null. */
    public static String next(ApiResponse page) {
        String link = page.header("Link");
        if (link == null) {
            return null;
        }
        Matcher matcher = NEXT.matcher(link);
        if (!matcher.find()) {
            throw new AssertionError("Link header " + link + " has no rel=\"next\"");
        }
        return matcher.group(1);
    }
}
