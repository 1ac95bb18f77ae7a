package org.unmiss.gateway.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.unmiss.gateway.problem.ProblemWriter;
import org.unmiss.gateway.web.RequestCorrelation;
import org.unmiss.problem.ProblemType;

import java.util.Set;

/**
 * Spring Security's firewall (encoded slashes, {@code ;}, {@code ..}, unusual methods such as TRACE,
 * control characters) stays as strict as it is; only its answer changes from an empty 400 to the
 * platform's problem+json: 405 for a method, 400 for a path.
 */
@Configuration(proxyBeanMethods = false)
class FirewallRejections {

    private static final Logger log = LoggerFactory.getLogger(FirewallRejections.class);

    /** The firewall's own default list (StrictServerWebExchangeFirewall). */
    private static final Set<HttpMethod> ALLOWED_METHODS = Set.of(HttpMethod.DELETE, HttpMethod.GET, HttpMethod.HEAD,
            HttpMethod.OPTIONS, HttpMethod.PATCH, HttpMethod.POST, HttpMethod.PUT);

    @Bean
    ServerExchangeRejectedHandler problemForRejectedExchanges(ProblemWriter problems) {
        return (exchange, rejected) -> {
            // The firewall's message quotes the offending text: logged for operators, not echoed.
            log.info("requestId={} refused by the firewall: {}", RequestCorrelation.of(exchange).id(), rejected.getMessage());
            HttpMethod method = exchange.getRequest().getMethod();
            if (!ALLOWED_METHODS.contains(method)) {
                return problems.write(exchange, ProblemType.METHOD_NOT_ALLOWED,
                        "The method " + method.name() + " is not served by this API.");
            }
            return problems.write(exchange, ProblemType.MALFORMED_REQUEST, "The request's path is refused: encoded "
                    + "slashes, encoded or double-encoded dots, ';' and control characters are not allowed in API paths.");
        };
    }
}
