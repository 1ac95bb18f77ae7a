package org.unmiss.kit.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.unmiss.kit.problem.ProblemResponseWriter;
import org.unmiss.problem.ProblemType;

import java.io.IOException;

/** 401 as problem+json, keeping the RFC 6750 {@code WWW-Authenticate: Bearer ...} header clients rely on. */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
    private final ProblemResponseWriter writer;

    ProblemAuthenticationEntryPoint(ProblemResponseWriter writer) {
        this.writer = writer;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        bearer.commence(request, response, e);
        String detail = e instanceof InvalidBearerTokenException
                ? "The access token was refused: " + e.getMessage()
                : "This request needs a bearer access token from the mission's identity server";
        writer.write(request, response, ProblemType.UNAUTHENTICATED, detail);
    }
}
