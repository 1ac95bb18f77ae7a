package org.unmiss.kit.store;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.unmiss.kit.problem.ProblemResponseWriter;
import org.unmiss.problem.ProblemType;

import java.io.IOException;

/**
 * The store failing inside a servlet filter (the idempotency filter reads and writes its records
 * before any controller runs) is a 503 with Retry-After like the same failure in a controller, not
 * the container's 500. Controllers' failures are answered by the kit's problem advice already.
 */
public class StoreUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(StoreUnavailableFilter.class);

    private final ProblemResponseWriter problems;

    public StoreUnavailableFilter(ProblemResponseWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException e) {
            if (!StoreFailures.isUnavailable(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("Store unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
            response.resetBuffer();
            response.setHeader(HttpHeaders.RETRY_AFTER, StoreFailures.RETRY_AFTER_SECONDS);
            problems.write(request, response, ProblemType.SERVICE_UNAVAILABLE,
                    StoreFailures.detail(e, request.getMethod()));
        }
    }
}
