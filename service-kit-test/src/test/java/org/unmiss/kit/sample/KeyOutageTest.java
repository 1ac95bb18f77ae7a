package org.unmiss.kit.sample;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;

import static org.assertj.core.api.Assertions.assertThat;

/** Tokens keep validating from the last good keys while Keycloak is down, even after the cache's time to live. */
@ServiceTest
@TestPropertySource(properties = "unmiss.security.key-cache-ttl=1s")
class KeyOutageTest {

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;

    @AfterEach
    void keycloakBack() {
        issuer.setServingKeys(true);
    }

    @Test
    void keepsValidatingWhileTheIssuerIsDown() throws InterruptedException {
        String token = issuer.token("reader", "HQ", "WIDGET_READ");
        assertThat(api.get("/api/v1/widgets", token).status()).isEqualTo(200);

        issuer.setServingKeys(false);
        Thread.sleep(1_500); // past the cache's time to live: a refresh is attempted and fails
        int requestsBefore = issuer.keyRequests();
        assertThat(api.get("/api/v1/widgets", issuer.token("reader", "HQ", "WIDGET_READ")).status()).isEqualTo(200);
        assertThat(issuer.keyRequests()).as("a refresh was tried against the down issuer").isGreaterThan(requestsBefore);
        assertThat(api.get("/api/v1/widgets", issuer.forgedToken("x", "HQ", "WIDGET_READ")).status()).isEqualTo(401);
    }
}
