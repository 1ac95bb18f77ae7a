package org.unmiss.gateway.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import org.unmiss.gateway.problem.ProblemWriter;
import org.unmiss.problem.ProblemType;
import reactor.core.publisher.Mono;

/** 403 as problem+json. The gateway grants any valid token; role checks happen in the services. */
class ProblemAccessDeniedHandler implements ServerAccessDeniedHandler {

    private final ProblemWriter problems;

    ProblemAccessDeniedHandler(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return problems.write(exchange, ProblemType.FORBIDDEN, "This request is not allowed through the gateway.");
    }
}
