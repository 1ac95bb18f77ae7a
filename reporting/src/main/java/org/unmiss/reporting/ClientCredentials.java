package org.unmiss.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * An access token by the OAuth 2 client-credentials grant (RFC 6749 §4.4) from Keycloak's token endpoint. This
 * is the one request the tool makes itself: Keycloak is not one of the platform's documented APIs, so there is
 * no generated client for it (ADR 0068).
 */
final class ClientCredentials {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private ClientCredentials() {
    }

    /** The access token; an {@link IOException} saying what Keycloak answered when there is none. */
    static String accessToken(URI tokenEndpoint, String clientId, String clientSecret) throws IOException, InterruptedException {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("Keycloak answered " + response.statusCode() + " at " + tokenEndpoint + ": "
                    + abbreviate(response.body()));
        }
        JsonNode token = new ObjectMapper().readTree(response.body()).get("access_token");
        if (token == null || token.asText().isBlank()) {
            throw new IOException("Keycloak's answer at " + tokenEndpoint + " holds no access_token");
        }
        return token.asText();
    }

    static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300) + "…";
    }
}
