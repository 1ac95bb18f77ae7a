package org.unmiss.gateway;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** JWT at the edge: only valid RS256 tokens from the realm, for the platform's audience, pass. */
class AuthenticationTest extends GatewayTestSupport {

    @Test
    void noTokenIsRefusedWithProblemAndBearerChallenge() {
        client.get().uri("/api/v1/hr-cases/unauthenticated?page=0")
                .accept(MediaType.TEXT_HTML)
                .header("X-Request-Id", "trace-401")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectHeader().valueEquals("X-Request-Id", "trace-401")
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:unmiss:problem:unauthenticated")
                .jsonPath("$.title").isEqualTo("Authentication required")
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.detail").isNotEmpty()
                .jsonPath("$.instance").isEqualTo("/api/v1/hr-cases/unauthenticated")
                .jsonPath("$.correlationId").isEqualTo("trace-401");
        assertThat(humanRights.hits("/api/v1/hr-cases/unauthenticated")).isZero();
    }

    static Stream<String> refusedTokens() {
        return Stream.of(
                issuer.forgedToken("intruder", "HQ", "MISSION_ADMIN"),
                issuer.expiredToken("hr.officer", "HQ", "MISSION_ADMIN"),
                issuer.tokenWithAudience("other-api", "hr.officer", "HQ", "HR_READ"),
                issuer.hs256Token("intruder", "HQ", "MISSION_ADMIN"),
                "not-a-jwt");
    }

    @ParameterizedTest
    @MethodSource("refusedTokens")
    void forgedExpiredWrongAudienceHs256AndGarbageTokensAreRefused(String token) {
        client.get().uri("/api/v1/hr-cases/HR-2026-000001")
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE,
                        challenge -> assertThat(challenge).startsWith("Bearer error=\"invalid_token\""))
                .expectBody()
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.correlationId").isNotEmpty();
        assertThat(humanRights.hits("/api/v1/hr-cases/HR-2026-000001")).isZero();
    }

    @Test
    void tokensKeepValidatingFromCachedKeysWhileKeycloakIsDown() {
        client.get().uri("/api/v1/units")
                .header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
                .exchange()
                .expectStatus().isOk();
        int keyFetches = issuer.keyRequests();
        issuer.setServingKeys(false);
        try {
            client.get().uri("/api/v1/units")
                    .header(HttpHeaders.AUTHORIZATION, bearer(issuer.token("unpol.officer", "BOR", "POC_READ")))
                    .exchange()
                    .expectStatus().isOk();
            assertThat(issuer.keyRequests()).isEqualTo(keyFetches);
        } finally {
            issuer.setServingKeys(true);
        }
    }

    @Test
    void healthAndInfoNeedNoTokenAndHealthIsUpWhileAServiceIsDown() {
        client.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        client.get().uri("/actuator/info").exchange().expectStatus().isOk();
    }

    @Test
    void otherActuatorEndpointsAreNotExposed() {
        client.get().uri("/actuator/gateway/routes")
                .header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
