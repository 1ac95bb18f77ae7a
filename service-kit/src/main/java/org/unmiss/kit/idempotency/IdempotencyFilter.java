package org.unmiss.kit.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.unmiss.kit.problem.PayloadTooLargeException;
import org.unmiss.kit.problem.ProblemResponseWriter;
import org.unmiss.problem.ProblemType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} on creating POSTs (API conventions): the first request with a key is
 * processed and its successful answer kept; a retry with the same key and the same request gets
 * that answer again (marked {@code Idempotent-Replayed: true}) instead of creating a second record;
 * the same key with a different request is a 422; a retry while the first is still running is a
 * 409 with Retry-After. A failed first attempt (4xx/5xx) is not kept, so it can be retried.
 * Runs after authentication: keys are scoped to the caller.
 * <p>
 * An attempt holds its key on a lease it renews while it runs. If its process dies mid-request
 * the renewals stop, the lease lapses, and the next retry takes the key over and runs the request
 * (the service's own writes decide what a second run does: an atomic create either happened or
 * not). Without the lease a crash would leave the key "still being processed" until the record
 * expired a day later.
 * <p>
 * The body is read once to fingerprint it, at most {@code maxBody} bytes: a longer one is a 413,
 * never an unbounded buffer.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    private static final Pattern ACCEPTABLE_KEY = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

    private final MongoTemplate mongo;
    private final ProblemResponseWriter problems;
    private final Duration lease;
    private final long maxBody;
    private final ScheduledExecutorService renewals;
    private final Clock clock;
    private final Predicate<HttpServletRequest> streamedUpload;

    public IdempotencyFilter(MongoTemplate mongo, ProblemResponseWriter problems, Duration lease, long maxBody,
                             ScheduledExecutorService renewals, Clock clock) {
        this(mongo, problems, lease, maxBody, renewals, clock, request -> false);
    }

    /**
     * With handlers that stream their body to the store ({@code unmiss.web.streamed-uploads}): their bodies are not
     * buffered to be hashed here, so such a handler answers a repeat itself (e.g. by the content's hash).
     */
    @SuppressWarnings("java:S107")
    public IdempotencyFilter(MongoTemplate mongo, ProblemResponseWriter problems, Duration lease, long maxBody,
                             ScheduledExecutorService renewals, Clock clock, Predicate<HttpServletRequest> streamedUpload) {
        this.streamedUpload = streamedUpload;
        this.mongo = mongo;
        this.problems = problems;
        this.lease = lease;
        this.maxBody = maxBody;
        this.renewals = renewals;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null || streamedUpload.test(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || !caller.isAuthenticated()) {
            chain.doFilter(request, response); // security answers; nothing to remember
            return;
        }
        String key = request.getHeader(HEADER);
        if (!ACCEPTABLE_KEY.matcher(key).matches()) {
            problems.write(request, response, ProblemType.VALIDATION_FAILED,
                    HEADER + " must be 1 to 128 characters of letters, digits, '.', '_', ':' or '-'");
            return;
        }
        if (request.getContentLengthLong() > maxBody) {
            problems.write(request, response, ProblemType.PAYLOAD_TOO_LARGE, tooLarge());
            return;
        }
        byte[] body;
        try {
            body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBody + 1));
        } catch (PayloadTooLargeException overLimit) {
            body = null; // the service's own body limit (RequestBodyLimitFilter) is lower than ours
        }
        if (body == null || body.length > maxBody) {
            problems.write(request, response, ProblemType.PAYLOAD_TOO_LARGE, tooLarge());
            return;
        }
        CachedBodyRequest cached = new CachedBodyRequest(request, body);
        String id = caller.getName() + "|" + key;
        String hash = hash(request, body);
        String attempt = UUID.randomUUID().toString();
        if (!claim(id, hash, attempt, request, response)) {
            return;
        }
        ScheduledFuture<?> renewing = renewals.scheduleAtFixedRate(() -> renew(id, attempt),
                lease.toMillis() / 3, lease.toMillis() / 3, TimeUnit.MILLISECONDS);
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(cached, recorded);
            renewing.cancel(false);
            if (recorded.getStatus() >= 200 && recorded.getStatus() < 300) {
                Update completed = new Update().set("completed", true).set("status", recorded.getStatus())
                        .set("contentType", recorded.getContentType())
                        .set("location", recorded.getHeader(HttpHeaders.LOCATION))
                        .set("etag", recorded.getHeader(HttpHeaders.ETAG))
                        .set("body", new String(recorded.getContentAsByteArray(), StandardCharsets.UTF_8))
                        .set("createdAt", clock.instant()).unset("leaseUntil");
                mongo.updateFirst(ours(id, attempt), completed, IdempotencyRecord.class);
                kept = true;
            }
        } finally {
            renewing.cancel(false);
            if (!kept) {
                mongo.remove(ours(id, attempt), IdempotencyRecord.class);
            }
            recorded.copyBodyToResponse();
        }
    }

    /**
     * Takes the key for this attempt: a new key, or one whose earlier attempt's lease has lapsed.
     * Otherwise answers the retry (replay, 422 or 409) and returns false.
     */
    private boolean claim(String id, String hash, String attempt, HttpServletRequest request,
                          HttpServletResponse response) throws IOException {
        Instant now = clock.instant();
        try {
            mongo.insert(IdempotencyRecord.inProgress(id, hash, attempt, now.plus(lease)));
            return true;
        } catch (DuplicateKeyException seenBefore) {
            // fall through to the record that holds the key
        }
        IdempotencyRecord first = mongo.findById(id, IdempotencyRecord.class);
        if (first != null && first.requestHash().equals(hash) && !first.completed()
                && (first.leaseUntil() == null || !first.leaseUntil().isAfter(now))) {
            // One retry wins the take-over: the update matches only while the lapsed lease is still the one we saw.
            IdempotencyRecord taken = mongo.findAndModify(
                    Query.query(Criteria.where("_id").is(id).and("attempt").is(first.attempt()).and("completed").is(false)),
                    new Update().set("attempt", attempt).set("leaseUntil", now.plus(lease)).set("createdAt", now),
                    FindAndModifyOptions.options().returnNew(true), IdempotencyRecord.class);
            if (taken != null) {
                log.warn("Idempotency key taken over after the lease of an earlier attempt lapsed (its process stopped?)");
                return true;
            }
            first = mongo.findById(id, IdempotencyRecord.class);
        }
        answerRetry(first, hash, now, request, response);
        return false;
    }

    private void renew(String id, String attempt) {
        try {
            mongo.updateFirst(ours(id, attempt), new Update().set("leaseUntil", clock.instant().plus(lease)),
                    IdempotencyRecord.class);
        } catch (DataAccessException e) {
            log.warn("Could not renew an idempotency lease; a retry may take the key over", e);
        }
    }

    private static Query ours(String id, String attempt) {
        return Query.query(Criteria.where("_id").is(id).and("attempt").is(attempt));
    }

    private String tooLarge() {
        return PayloadTooLargeException.detail(maxBody);
    }

    private void answerRetry(IdempotencyRecord first, String hash, Instant now, HttpServletRequest request,
                             HttpServletResponse response) throws IOException {
        if (first == null) {
            // The first attempt failed and was forgotten between our insert and this read: try again.
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            problems.write(request, response, ProblemType.CONFLICT, "The first request with this "
                    + HEADER + " has just finished without success; send it again");
            return;
        }
        if (!first.requestHash().equals(hash)) {
            problems.write(request, response, ProblemType.UNPROCESSABLE,
                    "This " + HEADER + " was already used for a different request; use a new key for a new request");
            return;
        }
        if (!first.completed()) {
            long wait = first.leaseUntil() == null ? 1
                    : Math.max(1, Duration.between(now, first.leaseUntil()).toSeconds() + 1);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
            problems.write(request, response, ProblemType.CONFLICT, "The first request with this " + HEADER
                    + " is still being processed; if it was cut off, a retry after Retry-After seconds runs it again");
            return;
        }
        response.setStatus(first.status());
        response.setHeader(REPLAYED, "true");
        if (first.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, first.location());
        }
        if (first.etag() != null) {
            response.setHeader(HttpHeaders.ETAG, first.etag());
        }
        if (first.contentType() != null) {
            response.setContentType(first.contentType());
        }
        response.getOutputStream().write(first.body().getBytes(StandardCharsets.UTF_8));
    }

    private static String hash(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Serves the body read up front (to hash it) again to the controller. */
    private static final class CachedBodyRequest extends jakarta.servlet.http.HttpServletRequestWrapper {

        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public jakarta.servlet.ServletInputStream getInputStream() {
            java.io.ByteArrayInputStream in = new java.io.ByteArrayInputStream(body);
            return new jakarta.servlet.ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(jakarta.servlet.ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
