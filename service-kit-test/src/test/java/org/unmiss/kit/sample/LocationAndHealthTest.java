package org.unmiss.kit.sample;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Location headers never carry the service's own address; anonymous health shows the status only. */
@ServiceTest
class LocationAndHealthTest {

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;

    @Test
    void locationsArePathsEvenWhenBuiltFromTheRequest() {
        String writer = issuer.token("loc.writer", "HQ", "WIDGET_WRITE", "WIDGET_READ");
        String body = "{\"name\":\"loc-" + UUID.randomUUID() + "\",\"count\":1,\"colour\":\"RED\",\"fieldOffice\":\"JUBA\"}";
        ApiResponse created = api.send("POST", "/api/v1/widgets", writer, body, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.header("Location")).isEqualTo("/api/v1/widgets/" + id);
    }

    @Test
    void anonymousHealthIsStatusOnly() {
        ApiResponse anonymous = api.get("/actuator/health", null);
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.json().get("status").asString()).isEqualTo("UP");
        assertThat(anonymous.json().has("components")).as(anonymous.body()).isFalse();
        assertThat(anonymous.body()).doesNotContain("mongo").doesNotContain("diskSpace");

        ApiResponse operator = api.get("/actuator/health", issuer.token("operator", "HQ", "WIDGET_READ"));
        assertThat(operator.json().get("components").has("mongo")).as(operator.body()).isTrue();
    }
}
