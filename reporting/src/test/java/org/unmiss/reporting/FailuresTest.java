package org.unmiss.reporting;

import org.junit.jupiter.api.Test;
import org.unmiss.clients.personnel.ApiException;

import java.net.ConnectException;
import java.net.http.HttpHeaders;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FailuresTest {

    private static final String PROBLEM = """
            {"type":"urn:unmiss:problem:service-unavailable","title":"Temporarily unavailable","status":503,
             "detail":"The personnel service cannot be reached.","instance":"/api/v1/x","correlationId":"%s"}""";

    @Test
    void aStoppedServiceIsNamedUnreachableWithTheProblemsDetailAndTheSameReasonForEveryCall() {
        String first = Failures.explain("personnel-service", answered(503, PROBLEM.formatted("a1")));
        String second = Failures.explain("personnel-service", answered(503, PROBLEM.formatted("b2")));
        assertThat(first).isEqualTo("personnel-service unreachable: the gateway answered 503 "
                + "(The personnel service cannot be reached.)").isEqualTo(second);
    }

    @Test
    void refusalsAndUnansweredCallsSayWhatToCheck() {
        assertThat(Failures.explain("poc-site-service", answered(403, "{\"title\":\"Forbidden\"}")))
                .isEqualTo("poc-site-service refused the reporting client (403, Forbidden): check the client's roles");
        assertThat(Failures.explain("poc-site-service", new ApiException(new ConnectException("refused"))))
                .isEqualTo("poc-site-service unreachable: the gateway did not answer (ConnectException)");
    }

    private static ApiException answered(int status, String body) {
        return new ApiException(status, "failed", HttpHeaders.of(Map.of(), (a, b) -> true), body);
    }
}
