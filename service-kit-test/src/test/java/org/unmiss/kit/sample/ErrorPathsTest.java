package org.unmiss.kit.sample;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error paths outside the controllers answer problem+json too: the /error dispatch, MVC's 405, 406
 * and 415, and what Tomcat refuses itself (a too-long address, too-large headers, a malformed
 * request line) before the application sees the request.
 */
@ServiceTest
class ErrorPathsTest {

    private static final String WIDGETS = "/api/v1/widgets";

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;

    @Value("${local.server.port}")
    int port;

    private static JsonNode problem(ApiResponse response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode body = response.json();
        assertThat(body.get("type").asString()).startsWith("urn:unmiss:problem:");
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("correlationId")).isNotNull();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("Tomcat").doesNotContain("<html");
        return body;
    }

    @Test
    void theErrorDispatchAnswersProblems() {
        JsonNode refused = problem(api.get(WIDGETS + "/refused", issuer.token("r", "HQ", "WIDGET_READ")), 409);
        assertThat(refused.get("type").asString()).isEqualTo("urn:unmiss:problem:conflict");
        assertThat(refused.get("instance").asString()).isEqualTo(WIDGETS + "/refused");
        assertThat(refused.get("detail").asString()).doesNotContain("container message");
        assertThat(problem(api.get("/error", null), 404).get("type").asString()).isEqualTo("urn:unmiss:problem:not-found");
        problem(api.send("GET", "/error", null, null, Map.of("Accept", "text/html")), 404);
    }

    @Test
    void methodMediaTypeAndAcceptErrorsAreProblems() {
        String reader = issuer.token("r", "HQ", "WIDGET_READ", "WIDGET_WRITE");
        assertThat(problem(api.send("DELETE", WIDGETS, reader, null, Map.of()), 405).get("type").asString())
                .isEqualTo("urn:unmiss:problem:method-not-allowed");
        problem(api.send("GET", WIDGETS, reader, null, Map.of("Accept", "text/csv")), 406);
        problem(api.send("POST", WIDGETS, reader, "name=x", Map.of("Content-Type", "text/plain")), 415);
    }

    /** Tomcat 11 answers an over-long request line and over-large headers with 400 (not 414 or 431); the body is ours. */
    @Test
    void tomcatsOwnRefusalsAreProblems() throws IOException {
        RawResponse longUri = raw("GET " + WIDGETS + "?q=" + "x".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(longUri.status()).as(longUri.text()).isIn(400, 414);
        assertThat(longUri.text()).containsIgnoringCase("content-type: application/problem+json").doesNotContain("<html");

        RawResponse bigHeaders = raw("GET " + WIDGETS + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nX-Big: " + "y".repeat(20_000) + "\r\n\r\n");
        assertThat(bigHeaders.status()).as(bigHeaders.text()).isIn(400, 431);
        assertThat(bigHeaders.text()).containsIgnoringCase("content-type: application/problem+json").doesNotContain("<html");

        RawResponse malformed = raw("GET /api/v1/wid{gets} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(malformed.status()).as(malformed.text()).isEqualTo(400);
        assertThat(malformed.text()).containsIgnoringCase("content-type: application/problem+json").doesNotContain("<html");
        JsonNode body = JsonMapper.builder().build().readTree(malformed.body());
        assertThat(body.get("type").asString()).isEqualTo("urn:unmiss:problem:malformed-request");
        assertThat(body.get("status").asInt()).isEqualTo(400);
    }

    record RawResponse(int status, String text) {
        String body() {
            int split = text.indexOf("\r\n\r\n");
            String rest = text.substring(split + 4);
            // The answer may be chunked: keep the JSON object only.
            return rest.substring(rest.indexOf('{'), rest.lastIndexOf('}') + 1);
        }
    }

    /** A request the JDK's client refuses to send, written to the socket as it is. */
    private RawResponse raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    answer.write(buffer, 0, n);
                    if (answer.toString(StandardCharsets.ISO_8859_1).matches("(?s).*\\}\\s*(0\\s*)?$")) {
                        break;
                    }
                }
            } catch (java.net.SocketException | java.net.SocketTimeoutException closed) {
                // the server closes after refusing; what was read is the answer
            }
            String text = answer.toString(StandardCharsets.ISO_8859_1);
            int status = text.startsWith("HTTP/1.1 ") ? Integer.parseInt(text.substring(9, 12)) : -1;
            return new RawResponse(status, text);
        }
    }
}
