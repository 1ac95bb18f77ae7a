package org.unmiss.kit.security;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Against a real token endpoint over HTTP: client credentials sent, tokens cached until near expiry. */
class ServiceAccountTokensTest {

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicReference<String> answer = new AtomicReference<>();
    private final AtomicReference<String> lastForm = new AtomicReference<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/token", exchange -> {
            requests.incrementAndGet();
            lastForm.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = answer.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private ServiceAccountTokens tokens() {
        return new ServiceAccountTokens("http://127.0.0.1:" + server.getAddress().getPort() + "/token",
                "mission-services", "s3cret");
    }

    @Test
    void fetchesWithClientCredentialsAndReusesTheToken() {
        answer.set("{\"access_token\": \"abc\", \"expires_in\": 300}");
        ServiceAccountTokens tokens = tokens();
        assertThat(tokens.bearer()).isEqualTo("Bearer abc");
        assertThat(tokens.bearer()).isEqualTo("Bearer abc");
        assertThat(requests.get()).isEqualTo(1);
        assertThat(lastForm.get()).contains("grant_type=client_credentials", "client_id=mission-services", "client_secret=s3cret");
    }

    @Test
    void fetchesAgainWhenTheTokenIsAboutToExpire() {
        answer.set("{\"access_token\": \"short\", \"expires_in\": 10}");
        ServiceAccountTokens tokens = tokens();
        tokens.bearer();
        tokens.bearer();
        assertThat(requests.get()).as("a token within the expiry margin is not reused").isEqualTo(2);
    }

    @Test
    void refusesAnAnswerWithoutAToken() {
        answer.set("{\"error\": \"unauthorized_client\"}");
        assertThatThrownBy(() -> tokens().bearer()).hasMessageContaining("without an access token");
    }
}
