package org.unmiss.kit.sample;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A retried create with the same Idempotency-Key replays the first answer instead of creating twice. */
@ServiceTest
class IdempotencyTest {

    private static final String WIDGETS = "/api/v1/widgets";

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;

    String writer;

    @BeforeEach
    void setUp() {
        writer = issuer.token("writer", "HQ", "WIDGET_WRITE", "WIDGET_READ");
    }

    private static String widget(String name) {
        return "{\"name\":\"" + name + "\",\"count\":1,\"colour\":\"BLUE\",\"fieldOffice\":\"BOR\"}";
    }

    private ApiResponse create(String token, String key, String body) {
        return api.send("POST", WIDGETS, token, body, Map.of("Idempotency-Key", key));
    }

    @Test
    void replaysTheFirstAnswerToARetry() {
        String key = UUID.randomUUID().toString();
        String body = widget("i-" + key);
        ApiResponse first = create(writer, key, body);
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();

        ApiResponse retry = create(writer, key, body);
        assertThat(retry.status()).as("a second insert would be a 409 duplicate name").isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(retry.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
    }

    @Test
    void refusesTheSameKeyForAnotherRequest() {
        String key = UUID.randomUUID().toString();
        assertThat(create(writer, key, widget("a-" + key)).status()).isEqualTo(201);
        ApiResponse other = create(writer, key, widget("b-" + key));
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(other.json().get("type").asString()).isEqualTo("urn:unmiss:problem:unprocessable");
    }

    @Test
    void scopesKeysToTheCaller() {
        String key = UUID.randomUUID().toString();
        assertThat(create(writer, key, widget("c-" + key)).status()).isEqualTo(201);
        String someoneElse = issuer.token("other.writer", "HQ", "WIDGET_WRITE");
        ApiResponse theirs = create(someoneElse, key, widget("d-" + key));
        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.header("Idempotent-Replayed")).isNull();
    }

    @Test
    void forgetsAFailedAttemptSoItCanBeCorrected() {
        String key = UUID.randomUUID().toString();
        assertThat(create(writer, key, "{\"name\":\"\"}").status()).isEqualTo(400);
        ApiResponse corrected = create(writer, key, widget("e-" + key));
        assertThat(corrected.status()).isEqualTo(201);
    }

    @Test
    void refusesMalformedKeys() {
        ApiResponse response = create(writer, "not a key!", widget("f-" + UUID.randomUUID()));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("Idempotency-Key");
    }
}
