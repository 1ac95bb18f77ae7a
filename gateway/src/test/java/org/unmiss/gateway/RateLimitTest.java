package org.unmiss.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Each caller has its own allowance; over it, 429 problem+json with Retry-After, others unaffected. */
@TestPropertySource(properties = {
        "unmiss.gateway.rate-limit.burst=3",
        "unmiss.gateway.rate-limit.requests-per-minute=3"})
class RateLimitTest extends GatewayTestSupport {

    @Test
    void limitsEachCallerSeparately() {
        String busy = issuer.token("busy.script", "HQ", "PERSONNEL_READ");
        for (int i = 0; i < 3; i++) {
            client.get().uri("/api/v1/field-offices").header(HttpHeaders.AUTHORIZATION, bearer(busy))
                    .exchange().expectStatus().isOk();
        }
        client.get().uri("/api/v1/field-offices").header(HttpHeaders.AUTHORIZATION, bearer(busy))
                .exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.RETRY_AFTER, value -> assertThat(Long.parseLong(value)).isBetween(1L, 21L))
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:unmiss:problem:too-many-requests")
                .jsonPath("$.correlationId").isNotEmpty();

        String other = issuer.token("someone.else", "HQ", "PERSONNEL_READ");
        client.get().uri("/api/v1/field-offices").header(HttpHeaders.AUTHORIZATION, bearer(other))
                .exchange().expectStatus().isOk();
        client.get().uri("/api/v1/field-offices").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void countsCallersWhoseTokenHasNoSubject() {
        String noSubject = issuer.tokenWithoutSubject("script.without.sub", "HQ", "PERSONNEL_READ");
        for (int i = 0; i < 3; i++) {
            client.get().uri("/api/v1/field-offices").header(HttpHeaders.AUTHORIZATION, bearer(noSubject))
                    .exchange().expectStatus().isOk();
        }
        client.get().uri("/api/v1/field-offices").header(HttpHeaders.AUTHORIZATION, bearer(noSubject))
                .exchange().expectStatus().isEqualTo(429);
    }
}
