package org.unmiss.systemtests;

import org.unmiss.kit.testing.ApiResponse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** Real access tokens from the platform's Keycloak, obtained the way clients obtain them. */
final class Tokens {

    static final String DEMO_PASSWORD = "Unmiss-Demo-1";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Tokens() {
    }

    /** Resource-owner password grant through the dev-only public client, as scripts do. */
    static String forUser(String username) {
        return token("unmiss", Map.of("grant_type", "password", "client_id", "unmiss-dev-cli",
                "username", username, "password", DEMO_PASSWORD));
    }

    /** Client-credentials grant, as reporting tools and partner systems do. */
    static String forClient(String clientId, String secret) {
        return token("unmiss", Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    static String adminToken() {
        return token("master", Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", "admin", "password", "admin"));
    }

    static String token(String realm, Map<String, String> form) {
        ApiResponse response = post(Platform.current().keycloak() + "/realms/" + realm + "/protocol/openid-connect/token", form);
        if (response.status() != 200) {
            throw new IllegalStateException("token request failed: " + response.status() + " " + response.body());
        }
        return response.json().get("access_token").asString();
    }

    static ApiResponse post(String url, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new ApiResponse(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
