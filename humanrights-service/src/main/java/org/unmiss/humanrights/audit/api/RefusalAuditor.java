package org.unmiss.humanrights.audit.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.unmiss.humanrights.audit.domain.AuditAction;
import org.unmiss.humanrights.audit.domain.AuditDetail;
import org.unmiss.humanrights.audit.domain.AuditLog;
import org.unmiss.kit.problem.ApiException;
import org.unmiss.problem.ProblemType;

import java.util.Map;

/**
 * Refused requests are security events: every 403 in this service (all of it guards victims' data), and
 * every 404 for a case, whether the case belongs to another office or does not exist (the two take the
 * same path and must look alike here too), is recorded before the kit's handler answers it. This resolver
 * only records; it answers nothing, so the problem+json answer stays the kit's.
 */
@Component
@RequiredArgsConstructor
public class RefusalAuditor implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(RefusalAuditor.class);
    private static final String CASE_ROUTES = "/api/v1/hr-cases/{reference}";

    private final AuditLog audit;

    @Override
    public int getOrder() {
        // before the handlers that answer: recording must not depend on which of them takes the exception
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception e) {
        int status = statusOf(e);
        String route = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (route == null || !(status == 403 || (status == 404 && route.startsWith(CASE_ROUTES)))) {
            return null;
        }
        String given = pathReference(request);
        String reference = AuditDetail.caseReference(given);
        String detail = status + " " + request.getMethod() + " " + route
                + (given != null && reference == null ? " " + AuditDetail.length("reference", given) : "")
                + ("true".equals(request.getParameter("identities")) ? " identities=true" : "");
        try {
            audit.record(AuditAction.ACCESS_REFUSED, reference, detail);
        } catch (RuntimeException auditFailed) {
            // The refusal still goes out (it discloses nothing); losing its record is an operational alarm.
            log.error("Could not record a refused request ({})", detail, auditFailed);
        }
        return null;
    }

    private static int statusOf(Exception e) {
        if (e instanceof AccessDeniedException) {
            return 403;
        }
        if (e instanceof ApiException api && (api.type() == ProblemType.FORBIDDEN || api.type() == ProblemType.NOT_FOUND)) {
            return api.type().status().value();
        }
        return 0;
    }

    @SuppressWarnings("unchecked")
    private static String pathReference(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables instanceof Map<?, ?> map ? (String) ((Map<String, String>) map).get("reference") : null;
    }
}
