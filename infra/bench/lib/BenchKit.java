import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What every benchmark in infra/bench needs besides its own measurements (JDK only; compiled together with
 * each benchmark by lib/common.sh): a stand-in for Keycloak, HTTP calls with a bearer token, waiting for a
 * service to be ready, and latency samples reported as percentiles.
 */
public final class BenchKit {

    public static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private BenchKit() {
    }

    /**
     * Stands in for Keycloak's realm {@code unmiss}: serves a JWKS at the realm's certs path and signs RS256
     * tokens shaped like the realm's (issuer, audience {@code unmiss-api}, realm roles, field office HQ).
     * Services and gateway are pointed at it with {@code KEYCLOAK_URL}.
     */
    public static final class StandInIssuer implements AutoCloseable {

        private final KeyPair keys;
        private final String issuer;
        private final HttpServer server;

        private StandInIssuer(KeyPair keys, String issuer, HttpServer server) {
            this.keys = keys;
            this.issuer = issuer;
            this.server = server;
        }

        public static StandInIssuer start(int port) throws IOException, GeneralSecurityException {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            RSAPublicKey key = (RSAPublicKey) keys.getPublic();
            byte[] jwkSet = ("{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"bench\",\"alg\":\"RS256\",\"use\":\"sig\",\"n\":\""
                    + unsigned(key.getModulus()) + "\",\"e\":\"" + unsigned(key.getPublicExponent()) + "\"}]}")
                    .getBytes(StandardCharsets.UTF_8);
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            server.createContext("/realms/unmiss/protocol/openid-connect/certs", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwkSet.length);
                exchange.getResponseBody().write(jwkSet);
                exchange.close();
            });
            server.start();
            return new StandInIssuer(keys, "http://127.0.0.1:" + port + "/realms/unmiss", server);
        }

        /** A token valid for an hour for {@code user} with these realm roles. */
        public String token(String user, String... roles) throws GeneralSecurityException {
            long now = Instant.now().getEpochSecond();
            String roleList = Arrays.stream(roles).map(role -> "\"" + role + "\"").collect(Collectors.joining(","));
            String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"bench\"}";
            String claims = "{\"iss\":\"" + issuer + "\",\"aud\":[\"unmiss-api\"],\"sub\":\"" + user + "\",\"preferred_username\":\""
                    + user + "\",\"iat\":" + now + ",\"exp\":" + (now + 3600)
                    + ",\"field_office\":\"HQ\",\"realm_access\":{\"roles\":[" + roleList + "]}}";
            String signingInput = B64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                    + B64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(keys.getPrivate());
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64.encodeToString(rsa.sign());
        }

        @Override
        public void close() {
            server.stop(0);
        }

        private static String unsigned(BigInteger value) {
            byte[] bytes = value.toByteArray();
            return B64.encodeToString(bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes);
        }
    }

    /** GET with a bearer token; anything but 200 is a failed benchmark. */
    public static String get(String url, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        return ok(url, response);
    }

    /** POST with a bearer token; anything but 200 or 201 is a failed benchmark. */
    public static String post(String url, String token, String contentType, String body, Duration timeout)
            throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Authorization", "Bearer " + token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return ok(url, response);
    }

    private static String ok(String url, HttpResponse<String> response) {
        if (response.statusCode() != 200 && response.statusCode() != 201) {
            String body = response.body();
            throw new IllegalStateException(url + " -> " + response.statusCode() + " " + body.substring(0, Math.min(500, body.length())));
        }
        return response.body();
    }

    /** Waits up to 5 minutes until {@code base}/actuator/health/readiness is UP (demo data is loaded before). */
    public static Duration waitUntilReady(String base) throws InterruptedException {
        Instant started = Instant.now();
        Instant deadline = started.plusSeconds(300);
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness")).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return Duration.between(started, Instant.now());
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(base + " did not become ready in 5 minutes");
    }

    /** {@code calls} sequential GETs after a warm-up of a fifth as many (at least {@code minWarmUp}): microseconds, sorted. */
    public static List<Long> latencies(String url, String token, int calls, int minWarmUp) throws IOException, InterruptedException {
        for (int i = 0; i < Math.max(minWarmUp, calls / 5); i++) {
            get(url, token);
        }
        List<Long> micros = new ArrayList<>(calls);
        for (int i = 0; i < calls; i++) {
            long started = System.nanoTime();
            get(url, token);
            micros.add((System.nanoTime() - started) / 1_000);
        }
        Collections.sort(micros);
        return micros;
    }

    /** The p-th percentile (nearest rank) of sorted samples. */
    public static long percentile(List<Long> sorted, double p) {
        return sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * p / 100.0) - 1));
    }

    /** Prints "name: n=.. p50=.. ms p95=.. ms max=.. ms" for sorted microsecond samples. */
    public static void report(String name, List<Long> sorted) {
        System.out.printf("%s: n=%d p50=%.1f ms p95=%.1f ms max=%.1f ms%n", name, sorted.size(),
                percentile(sorted, 50) / 1000.0, percentile(sorted, 95) / 1000.0, sorted.get(sorted.size() - 1) / 1000.0);
    }
}
