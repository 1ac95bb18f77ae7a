package org.unmiss.kit.web;

import org.slf4j.MDC;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The request's correlation id: taken from {@code X-Request-Id} when the caller (usually the
 * gateway) sent a sane one, generated otherwise; kept in the logging MDC for the request's thread,
 * echoed in the response, quoted in every problem and relayed to downstream calls.
 */
public final class CorrelationId {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** Accepting only a short token alphabet keeps log injection and header abuse out. */
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private CorrelationId() {
    }

    /** The id to use for an incoming header value: the value itself if acceptable, else a fresh one. */
    public static String adoptOrGenerate(String incoming) {
        return incoming != null && ACCEPTABLE.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
    }

    /** The current request's id, if this thread is serving one. */
    public static Optional<String> current() {
        return Optional.ofNullable(MDC.get(MDC_KEY));
    }
}
