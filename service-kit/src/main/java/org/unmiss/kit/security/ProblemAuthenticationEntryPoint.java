package org.unmiss.kit.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.unmiss.kit.problem.ProblemResponseWriter;
import org.unmiss.problem.ProblemType;

import java.io.IOException;

/**
 * 401 as problem+json, keeping the RFC 6750 {@code WWW-Authenticate: Bearer ...} header clients rely on.
 * Also the bearer-token filter's failure handler: a token that could not be checked because the
 * realm's signing keys cannot be fetched (Keycloak down, and no keys cached, e.g. the service was
 * started during the outage) is a 503 with Retry-After, not Spring's 500 and not a 401 (the token
 * may well be good).
 */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AuthenticationFailureHandler {

    /** About the time a restarted Keycloak needs to serve its keys again. */
    static final String RETRY_AFTER_SECONDS = "10";

    private static final Logger log = LoggerFactory.getLogger(ProblemAuthenticationEntryPoint.class);

    private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
    private final ProblemResponseWriter writer;

    ProblemAuthenticationEntryPoint(ProblemResponseWriter writer) {
        this.writer = writer;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof AuthenticationServiceException) {
            keysUnavailable(request, response, e);
            return;
        }
        bearer.commence(request, response, e);
        String detail = e instanceof InvalidBearerTokenException
                ? "The access token was refused: " + e.getMessage()
                : "This request needs a bearer access token from the mission's identity server";
        writer.write(request, response, ProblemType.UNAUTHENTICATED, detail);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException e) throws IOException {
        commence(request, response, e);
    }

    /** The token's check itself failed (JwtDecoders: keys not fetchable), not the token. */
    private void keysUnavailable(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        log.warn("Access token not checked on {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        writer.write(request, response, ProblemType.SERVICE_UNAVAILABLE,
                "The mission's identity server cannot be reached to check the access token; try again shortly");
    }
}
