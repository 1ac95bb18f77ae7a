package org.unmiss.gateway;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.unmiss.gateway.support.RawHttp;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the gateway answers before a request reaches a route: the firewall's refusals, a request line
 * or headers beyond the server's limits and a body that stops arriving are all problem+json (with a
 * correlation id), and a client that hangs up is not an error. Sent over a raw socket, because
 * an HTTP client library would refuse (or fix) these requests itself.
 */
@ExtendWith(OutputCaptureExtension.class)
class EdgeErrorsTest extends GatewayTestSupport {

    /** Slack over the configured body timeout for a loaded 2-core machine. */
    private static final Duration MARGIN = Duration.ofSeconds(4);

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "/api/v1/hr-reports/firewall-probe%2F..%2Fsecret",  // encoded slash
            "/api/v1/hr-reports/firewall-probe;jsessionid=0123", // semicolon (path parameters)
            "/api/v1/hr-reports/%2e%2e/firewall-probe",          // encoded dot segment
            "/api/v1/hr-reports/%252e%252e/firewall-probe",      // double-encoded
    })
    void theFirewallsRefusalsAreProblems(String rawPath) {
        RawHttp.Response response = exchange("GET " + rawPath + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: " + bearer(validToken()) + "\r\nConnection: close\r\n\r\n");
        assertProblem(response, 400, "urn:unmiss:problem:malformed-request");
        assertThat(humanRights.hits("/api/v1/hr-reports/firewall-probe")).isZero();
        assertThat(humanRights.hits("/api/v1/firewall-probe")).isZero();
    }

    @Test
    void traceIsRefusedWithAProblem() {
        RawHttp.Response response = exchange("TRACE /api/v1/hr-cases HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: " + bearer(validToken()) + "\r\nConnection: close\r\n\r\n");
        assertProblem(response, 405, "urn:unmiss:problem:method-not-allowed");
    }

    @Test
    void aRequestLineTooLongIs414Problem() {
        RawHttp.Response response = exchange("GET /api/v1/hr-cases?q=" + "x".repeat(10_000) + " HTTP/1.1\r\n"
                + "Host: localhost\r\nConnection: close\r\n\r\n");
        assertProblem(response, 414, "urn:unmiss:problem:uri-too-long");
    }

    @Test
    void headersTooLargeAre431Problem() {
        RawHttp.Response response = exchange("GET /api/v1/hr-cases HTTP/1.1\r\nHost: localhost\r\n"
                + "X-Padding: " + "x".repeat(20_000) + "\r\nConnection: close\r\n\r\n");
        assertProblem(response, 431, "urn:unmiss:problem:headers-too-large");
    }

    @Test
    void aBodyThatStopsHalfWayIs408ProblemWithinTheBodyTimeout() {
        String half = "{\"route\":\"PoC 3 perimeter\",\"pad\":\"" + "x".repeat(200);
        long started = System.nanoTime();
        try (RawHttp http = RawHttp.connect(port)) {
            http.send("POST /api/v1/patrols/stalled HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: " + bearer(validToken()) + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + (half.length() * 2) + "\r\n\r\n" + half);
            RawHttp.Response response = http.read(Duration.ofMillis(BODY_TIMEOUT_MS).plus(MARGIN));
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertProblem(response, 408, "urn:unmiss:problem:request-timeout");
            assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(BODY_TIMEOUT_MS));
        }
        assertThat(pocSite.hits("/api/v1/patrols/stalled")).as("nothing half-received is forwarded").isZero();
    }

    @Test
    void aClientThatHangsUpIsNotLoggedAsAnError(CapturedOutput output) {
        String requestId = "hang-up-" + UUID.randomUUID();
        try (RawHttp http = RawHttp.connect(port)) {
            http.send("GET /api/v1/hr-reports/monthly?delayMs=" + (RESPONSE_TIMEOUT_MS / 2) + " HTTP/1.1\r\n"
                    + "Host: localhost\r\nAuthorization: " + bearer(validToken()) + "\r\nX-Request-Id: " + requestId
                    + "\r\n\r\n");
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (humanRights.hits("/api/v1/hr-reports/monthly") == 0) {
                assertThat(System.nanoTime()).as("the request reached the service").isLessThan(deadline);
                Thread.onSpinWait();
            }
        } // hangs up while the service is still working
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!output.getOut().contains("requestId=" + requestId + " GET")) {
            assertThat(System.nanoTime()).as("the access log records the request").isLessThan(deadline);
            Thread.onSpinWait();
        }
        String lines = output.getAll().lines().filter(line -> line.contains(requestId)).reduce("", (a, b) -> a + b + "\n");
        assertThat(lines).contains("client closed the connection").doesNotContain("ERROR").doesNotContain("status=500");
    }

    private RawHttp.Response exchange(String request) {
        try (RawHttp http = RawHttp.connect(port)) {
            return http.send(request).read(Duration.ofSeconds(10));
        }
    }

    private static void assertProblem(RawHttp.Response response, int status, String type) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"type\":\"" + type + "\"").contains("\"status\":" + status)
                .contains("\"correlationId\":\"");
    }
}
