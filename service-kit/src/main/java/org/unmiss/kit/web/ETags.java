package org.unmiss.kit.web;

import org.unmiss.kit.problem.PreconditionRequiredException;
import org.unmiss.kit.problem.StaleVersionException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Optimistic concurrency over HTTP: a resource's ETag is its document version ({@code "3"}); an
 * update must send it back in {@code If-Match}. Missing gives 428, a value that is not a version of
 * ours gives 412; the version itself is then checked atomically by the store ({@code @Version}),
 * which turns a lost race into 412 as well.
 */
public final class ETags {

    private static final Pattern VERSION = Pattern.compile("^(?:W/)?\"(\\d{1,18})\"$");

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version the client last saw, from its {@code If-Match} header. */
    public static long requireVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException();
        }
        Matcher matcher = VERSION.matcher(ifMatch.trim());
        if (!matcher.matches()) {
            throw new StaleVersionException("If-Match must be the ETag of the current version, e.g. \"3\"; got " + ifMatch.trim());
        }
        return Long.parseLong(matcher.group(1));
    }
}
