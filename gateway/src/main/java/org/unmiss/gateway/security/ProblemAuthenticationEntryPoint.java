package org.unmiss.gateway.security;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.util.StringUtils;
import org.springframework.web.server.ServerWebExchange;
import org.unmiss.gateway.problem.ProblemWriter;
import org.unmiss.problem.ProblemType;
import reactor.core.publisher.Mono;

import java.util.StringJoiner;

/**
 * 401 as problem+json, keeping the RFC 6750 {@code WWW-Authenticate: Bearer ...} challenge that
 * OAuth clients rely on (built the way Spring's {@code BearerTokenServerAuthenticationEntryPoint}
 * builds it, which can only write an empty body).
 */
class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

    private final ProblemWriter problems;

    ProblemAuthenticationEntryPoint(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException e) {
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge(e));
        if (e instanceof OAuth2AuthenticationException oauth
                && oauth.getError() instanceof BearerTokenError bearer
                && bearer.getHttpStatus() == HttpStatus.BAD_REQUEST) {
            return problems.write(exchange, ProblemType.MALFORMED_REQUEST, bearer.getDescription());
        }
        String detail = e instanceof OAuth2AuthenticationException
                ? "The access token was refused: " + e.getMessage()
                : "This request needs a bearer access token from the mission's identity server.";
        return problems.write(exchange, ProblemType.UNAUTHENTICATED, detail);
    }

    private static String challenge(AuthenticationException e) {
        if (!(e instanceof OAuth2AuthenticationException oauth)) {
            return "Bearer";
        }
        OAuth2Error error = oauth.getError();
        StringJoiner parameters = new StringJoiner(", ", "Bearer ", "");
        parameters.add("error=\"" + error.getErrorCode() + "\"");
        if (StringUtils.hasText(error.getDescription())) {
            parameters.add("error_description=\"" + error.getDescription() + "\"");
        }
        if (StringUtils.hasText(error.getUri())) {
            parameters.add("error_uri=\"" + error.getUri() + "\"");
        }
        return parameters.toString();
    }
}
