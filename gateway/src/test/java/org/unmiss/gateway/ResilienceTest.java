package org.unmiss.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.unmiss.gateway.support.FakeService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service that is down, slow or dropping connections gives 503 problem+json with Retry-After
 * within the route's timeout; reads are retried once, writes never. Each case uses its own
 * service so the circuit breakers of one case cannot affect another.
 */
class ResilienceTest extends GatewayTestSupport {

    /** Scheduling slack on a loaded 2-core machine; still far below the slow service's answer. */
    private static final Duration MARGIN = Duration.ofSeconds(4);

    @Test
    void aServiceThatIsDownGives503ProblemWithRetryAfterQuickly() {
        for (HttpMethod method : new HttpMethod[] {HttpMethod.GET, HttpMethod.POST}) {
            long started = System.nanoTime();
            expectUnavailable(client.method(method).uri("/api/v1/gender-activities")
                    .header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{}")
                    .exchange(), "/api/v1/gender-activities")
                    // One fallback serves every route; the route's metadata names the service (cannot
                    // be reached, or paused: the breaker test shares this route's breaker).
                    .jsonPath("$.detail").value(detail -> assertThat(detail.toString()).startsWith("The gender service "));
            // Bounded by the route's timeout, never a hang (the margin absorbs a loaded CI machine).
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(RESPONSE_TIMEOUT_MS).plus(MARGIN));
        }
    }

    @Test
    void aServiceDocumentThatIsDownGives503Problem() {
        expectUnavailable(client.get().uri("/v3/api-docs/gender").exchange(), "/v3/api-docs/gender")
                .jsonPath("$.detail").isEqualTo("The gender service cannot be reached.");
    }

    @Test
    void aSlowServiceGives503OnceTheResponseTimeoutPassesAndIsNotAskedTwice() {
        long started = System.nanoTime();
        expectUnavailable(client.get().uri("/api/v1/hr-reports/slow")
                .header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
                .exchange(), "/api/v1/hr-reports/slow")
                .jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("did not answer in time"));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis(RESPONSE_TIMEOUT_MS))
                .isLessThan(Duration.ofMillis(RESPONSE_TIMEOUT_MS).plus(MARGIN))
                .isLessThan(FakeService.SLOW);
        assertThat(humanRights.hits("/api/v1/hr-reports/slow")).isEqualTo(1);
    }

    @Test
    void aRotationImportMayTakeLongerThanAnyOtherCall() {
        int delayMs = RESPONSE_TIMEOUT_MS + 1000;
        client.post().uri("/api/v1/personnel/imports?delayMs=" + delayMs)
                .header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
                .contentType(MediaType.parseMediaType("text/csv"))
                .bodyValue("familyName,givenName\nAkol,Deng\n")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.path").isEqualTo("/api/v1/personnel/imports");

        expectUnavailable(client.post().uri("/api/v1/personnel?delayMs=" + delayMs)
                .header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange(), "/api/v1/personnel")
                .jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("did not answer in time"));
    }

    @Test
    void aDroppedConnectionIsRetriedOnceForReadsAndNeverForWrites() {
        expectUnavailable(client.post().uri("/api/v1/patrols/flaky")
                .header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"route\":\"PoC 1 perimeter\"}")
                .exchange(), "/api/v1/patrols/flaky");
        assertThat(pocSite.hits("/api/v1/patrols/flaky")).isEqualTo(1);

        expectUnavailable(client.get().uri("/api/v1/seizures/flaky")
                .header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
                .exchange(), "/api/v1/seizures/flaky");
        assertThat(pocSite.hits("/api/v1/seizures/flaky")).isEqualTo(2);
    }

    @Test
    void aServiceOwnErrorPassesThroughUnchangedAndIsNotRetried() {
        client.get().uri("/api/v1/agreement-chapters/broken")
                .header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
                .exchange()
                .expectStatus().isEqualTo(500)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.service").isEqualTo("peace-process");
        assertThat(peaceProcess.hits("/api/v1/agreement-chapters/broken")).isEqualTo(1);
    }

    @Test
    void repeatedFailuresOpenTheCircuitSoCallsFailFastWithoutReachingTheService() {
        String detail = "";
        for (int call = 0; call < 15 && !detail.contains("pauses calls"); call++) {
            byte[] body = client.get().uri("/api/v1/wps-pillars")
                    .header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
                    .exchange()
                    .expectStatus().isEqualTo(503)
                    .expectBody().returnResult().getResponseBodyContent();
            detail = new String(body, StandardCharsets.UTF_8);
        }
        assertThat(detail).contains("pauses calls");
    }

    private static WebTestClient.BodyContentSpec expectUnavailable(WebTestClient.ResponseSpec response, String path) {
        return response
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
                .expectHeader().exists("X-Request-Id")
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:unmiss:problem:service-unavailable")
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.instance").isEqualTo(path)
                .jsonPath("$.correlationId").isNotEmpty();
    }
}
