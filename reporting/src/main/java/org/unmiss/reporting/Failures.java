package org.unmiss.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;

/** Why a section could not be fetched, in words a reporting officer can act on. */
final class Failures {

    private Failures() {
    }

    static String explain(String service, Throwable failure) {
        int status = 0;
        String body = null;
        if (failure instanceof org.unmiss.clients.personnel.ApiException e) {
            status = e.getCode();
            body = e.getResponseBody();
        } else if (failure instanceof org.unmiss.clients.pocsite.ApiException e) {
            status = e.getCode();
            body = e.getResponseBody();
        } else if (failure instanceof org.unmiss.clients.humanrights.ApiException e) {
            status = e.getCode();
            body = e.getResponseBody();
        } else if (failure instanceof org.unmiss.clients.peaceprocess.ApiException e) {
            status = e.getCode();
            body = e.getResponseBody();
        }
        if (status == 502 || status == 503 || status == 504) {
            return service + " unreachable: the gateway answered " + status + " (" + problemDetail(body) + ")";
        }
        if (status == 401 || status == 403) {
            return service + " refused the reporting client (" + status + ", " + problemDetail(body) + "): check the client's roles";
        }
        if (status != 0) {
            return service + " answered " + status + " (" + problemDetail(body) + ")";
        }
        Throwable cause = rootCause(failure);
        if (cause instanceof ConnectException || cause instanceof HttpTimeoutException) {
            return service + " unreachable: the gateway did not answer (" + cause.getClass().getSimpleName() + ")";
        }
        return service + " gave an answer the pack could not use: " + cause.getClass().getSimpleName() + ": "
                + ClientCredentials.abbreviate(cause.getMessage());
    }

    /**
     * A problem+json answer's detail (else its title), without the per-request instance and correlation id, so
     * that the calls to one service that failed alike give one reason; any other body, shortened.
     */
    static String problemDetail(String body) {
        try {
            JsonNode problem = new ObjectMapper().readTree(body == null ? "" : body);
            if (problem != null && problem.hasNonNull("detail")) {
                return problem.get("detail").asText();
            }
            if (problem != null && problem.hasNonNull("title")) {
                return problem.get("title").asText();
            }
        } catch (IOException notJson) {
            // fall through: the body as text
        }
        return ClientCredentials.abbreviate(body);
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
