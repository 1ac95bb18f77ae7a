package org.unmiss.kit.sample;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service started while Keycloak is down has no signing keys at all: a token it cannot check is a
 * 503 problem+json with Retry-After (the token may be fine; nothing is broken in the service), never
 * Spring's 500, and never a 401 that would make a client throw a good token away. Once Keycloak is
 * back the same token is accepted. (KeyOutageTest covers the outage after keys were once fetched.)
 */
@ServiceTest
// A context of its own (no other test uses this TTL), so its token decoder has never fetched keys.
@TestPropertySource(properties = "unmiss.security.key-cache-ttl=3s")
class KeycloakDownAtStartTest {

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;

    @BeforeEach
    void keycloakDown() {
        issuer.setServingKeys(false);
    }

    @AfterEach
    void keycloakBack() {
        issuer.setServingKeys(true);
    }

    @Test
    void aValidTokenThatCannotBeCheckedGets503ProblemAndIsAcceptedOnceKeycloakIsBack() {
        String token = issuer.token("reader", "HQ", "WIDGET_READ");

        ApiResponse response = api.get("/api/v1/widgets", token);
        assertThat(response.status()).as(response.body()).isEqualTo(503);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("Retry-After")).isNotBlank();
        assertThat(response.json().get("type").asString()).isEqualTo("urn:unmiss:problem:service-unavailable");
        assertThat(response.json().get("detail").asString()).contains("identity server");
        assertThat(response.json().get("correlationId").asString()).isNotBlank();

        issuer.setServingKeys(true);
        long deadline = System.nanoTime() + 40_000_000_000L; // the decoder refetches at most every few seconds
        int status;
        do {
            status = api.get("/api/v1/widgets", token).status();
        } while (status != 200 && System.nanoTime() < deadline);
        assertThat(status).isEqualTo(200);
    }

    @Test
    void aRequestWithoutATokenIsStill401WhileKeycloakIsDown() {
        ApiResponse response = api.get("/api/v1/widgets", null);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
