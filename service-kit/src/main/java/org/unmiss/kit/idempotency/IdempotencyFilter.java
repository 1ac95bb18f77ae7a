package org.unmiss.kit.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.unmiss.kit.problem.ProblemResponseWriter;
import org.unmiss.problem.ProblemType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} on creating POSTs (API conventions): the first request with a key is
 * processed and its successful answer kept; a retry with the same key and the same request gets
 * that answer again (marked {@code Idempotent-Replayed: true}) instead of creating a second record;
 * the same key with a different request is a 422; a retry while the first is still running is a
 * 409 with Retry-After. A failed first attempt (4xx/5xx) is not kept, so it can be retried.
 * Runs after authentication: keys are scoped to the caller.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    private static final Pattern ACCEPTABLE_KEY = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final MongoTemplate mongo;
    private final ProblemResponseWriter problems;

    public IdempotencyFilter(MongoTemplate mongo, ProblemResponseWriter problems) {
        this.mongo = mongo;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
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
        CachedBodyRequest cached = new CachedBodyRequest(request);
        String id = caller.getName() + "|" + key;
        String hash = hash(request, cached.body());
        try {
            mongo.insert(IdempotencyRecord.inProgress(id, hash));
        } catch (DuplicateKeyException seenBefore) {
            answerRetry(mongo.findById(id, IdempotencyRecord.class), hash, request, response);
            return;
        }
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(cached, recorded);
            if (recorded.getStatus() >= 200 && recorded.getStatus() < 300) {
                mongo.save(new IdempotencyRecord(id, hash, true, recorded.getStatus(), recorded.getContentType(),
                        recorded.getHeader(HttpHeaders.LOCATION), recorded.getHeader(HttpHeaders.ETAG),
                        new String(recorded.getContentAsByteArray(), StandardCharsets.UTF_8),
                        java.time.Instant.now()));
                kept = true;
            }
        } finally {
            if (!kept) {
                mongo.remove(Query.query(Criteria.where("_id").is(id)), IdempotencyRecord.class);
            }
            recorded.copyBodyToResponse();
        }
    }

    private void answerRetry(IdempotencyRecord first, String hash, HttpServletRequest request,
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
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            problems.write(request, response, ProblemType.CONFLICT,
                    "The first request with this " + HEADER + " is still being processed");
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

    /** Reads the body once up front (to hash it) and serves it again to the controller. */
    private static final class CachedBodyRequest extends jakarta.servlet.http.HttpServletRequestWrapper {

        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request) throws IOException {
            super(request);
            this.body = request.getInputStream().readAllBytes();
        }

        byte[] body() {
            return body;
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
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
