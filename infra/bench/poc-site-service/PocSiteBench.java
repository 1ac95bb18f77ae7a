import com.sun.net.httpserver.HttpServer;

import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Benchmark of poc-site-service's reports (run by bench.sh, JDK only): it stands in for Keycloak (serves a
 * JWKS and signs RS256 tokens shaped like the realm's), waits for the service (which generates its demo data
 * before it reports healthy), optionally adds incidents through the API, then measures p50/p95/max of N calls
 * (after a warm-up) of each report over the last five years for all sites, as a reporting tool calls them;
 * for the incidents-per-month report also the first call after each new incident, which regroups the
 * month table from the store (the repeated calls are answered from it).
 * Usage: java PocSiteBench.java ISSUER_PORT SERVICE_URL [calls] [extraIncidents]
 */
public class PocSiteBench {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    static final String[] SITES = {"JUBA-UNH-POC1", "JUBA-UNH-POC3", "BENTIU", "MALAKAL", "BOR", "WAU"};
    static final double[][] POINTS = {{4.8193, 31.5186}, {4.8137, 31.5102}, {9.2980, 29.7622}, {9.5657, 31.6492},
            {6.2125, 31.5581}, {7.7011, 27.9953}};
    static final String[] CATEGORIES = {"ASSAULT", "THEFT", "SGBV", "DISTURBANCE", "ALCOHOL_OR_DRUGS", "ROBBERY"};

    public static void main(String[] args) throws Exception {
        int issuerPort = Integer.parseInt(args[0]);
        String service = args[1];
        int calls = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int extraIncidents = args.length > 3 ? Integer.parseInt(args[3]) : 0;

        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        String issuer = "http://127.0.0.1:" + issuerPort + "/realms/unmiss";
        HttpServer jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", issuerPort), 0);
        RSAPublicKey pub = (RSAPublicKey) keys.getPublic();
        byte[] jwkSet = ("{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"bench\",\"alg\":\"RS256\",\"use\":\"sig\",\"n\":\"" + b64(pub.getModulus())
                + "\",\"e\":\"" + b64(pub.getPublicExponent()) + "\"}]}").getBytes(StandardCharsets.UTF_8);
        jwks.createContext("/realms/unmiss/protocol/openid-connect/certs", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwkSet.length);
            exchange.getResponseBody().write(jwkSet);
            exchange.close();
        });
        jwks.start();
        try {
            long t0 = System.nanoTime();
            waitForHealth(service);
            System.out.printf("service healthy (demo data generated) after %d s%n", (System.nanoTime() - t0) / 1_000_000_000);
            String reporting = token(keys, issuer, "reporting-tools", "REPORTING");
            if (extraIncidents > 0) {
                addIncidents(service, token(keys, issuer, "bench.writer", "POC_READ\",\"POC_WRITE"), extraIncidents);
            }
            LocalDate to = LocalDate.now(ZoneOffset.UTC);
            LocalDate from = to.minusYears(5);
            String period = "from=" + from + "&to=" + to;
            String monthly = service + "/api/v1/security-incidents/reports/monthly?" + period;
            System.out.println("data: incidents per month over " + from + " .. " + to + ", all sites: "
                    + rows(get(monthly, reporting)) + " rows, " + sum(get(monthly, reporting), "\"incidents\":") + " incidents");
            report("incidents per month, 5 years, all sites (JSON)", latencies(monthly, reporting, calls));
            report("incidents per month, 5 years, all sites, first call after a new incident (regrouped)",
                    afterEachWrite(service, monthly, reporting, token(keys, issuer, "bench.writer", "POC_READ\",\"POC_WRITE"),
                            Math.max(10, calls / 10)));
            report("incidents per month, 5 years, all sites (HXL CSV)",
                    latencies(service + "/api/v1/security-incidents/reports/monthly.csv?hxl=true&" + period, reporting, calls));
            report("incidents before/after, pivot 5 years back +/- 30 months, all sites", latencies(service
                    + "/api/v1/security-incidents/reports/before-after?windowMonths=30&pivot=" + to.minusMonths(30), reporting, calls));
            report("population trend, 5 years, all sites",
                    latencies(service + "/api/v1/poc-sites/reports/population-trend?" + period, reporting, calls));
            report("patrols by type and shift, 5 years", latencies(service + "/api/v1/patrols/reports/summary?" + period, reporting, calls));
            report("seizures by item type, 5 years", latencies(service + "/api/v1/seizures/reports/by-item-type?" + period, reporting, calls));
            report("returns by destination, 5 years", latencies(service + "/api/v1/returns/reports/by-destination?" + period, reporting, calls));
        } finally {
            jwks.stop(0);
        }
    }

    /** The report's latency right after each of {@code count} new incidents, when it must be regrouped from the store. */
    static List<Long> afterEachWrite(String service, String url, String token, String writer, int count) throws Exception {
        List<Long> micros = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            addIncidents(service, writer, 1, i, false);
            long t0 = System.nanoTime();
            get(url, token);
            micros.add((System.nanoTime() - t0) / 1_000);
        }
        Collections.sort(micros);
        return micros;
    }

    static void addIncidents(String service, String writer, int count) throws Exception {
        addIncidents(service, writer, count, 42, true);
    }

    static void addIncidents(String service, String writer, int count, long seed, boolean log) throws Exception {
        Random random = new Random(seed);
        Instant end = Instant.now().minusSeconds(3600);
        long span = Duration.ofDays(5 * 365).toSeconds();
        long t0 = System.nanoTime();
        for (int i = 0; i < count; i++) {
            int site = random.nextInt(SITES.length);
            String body = """
                    {"siteCode": "%s", "category": "%s", "severity": "MEDIUM", "occurredAt": "%s",
                     "latitude": %s, "longitude": %s, "weaponsInvolved": %s}
                    """.formatted(SITES[site], CATEGORIES[random.nextInt(CATEGORIES.length)],
                    end.minusSeconds((long) (random.nextDouble() * span)),
                    POINTS[site][0] + (random.nextDouble() - 0.5) * 0.03, POINTS[site][1] + (random.nextDouble() - 0.5) * 0.03,
                    random.nextInt(10) == 0);
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(service + "/api/v1/security-incidents"))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + writer)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("incident not recorded: " + response.statusCode() + " " + response.body());
            }
        }
        if (log) {
            System.out.printf("added %d incidents through the API in %d ms%n", count, (System.nanoTime() - t0) / 1_000_000);
        }
    }

    static List<Long> latencies(String url, String token, int calls) throws Exception {
        for (int i = 0; i < Math.max(20, calls / 5); i++) {
            get(url, token);
        }
        List<Long> micros = new ArrayList<>(calls);
        for (int i = 0; i < calls; i++) {
            long t0 = System.nanoTime();
            get(url, token);
            micros.add((System.nanoTime() - t0) / 1_000);
        }
        Collections.sort(micros);
        return micros;
    }

    static void report(String name, List<Long> sorted) {
        System.out.printf("%s: n=%d p50=%.1f ms p95=%.1f ms max=%.1f ms%n", name, sorted.size(),
                sorted.get(sorted.size() / 2) / 1000.0, sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1000.0,
                sorted.get(sorted.size() - 1) / 1000.0);
    }

    static int rows(String json) {
        return json.split("\"month\":", -1).length - 1;
    }

    static long sum(String json, String key) {
        long total = 0;
        for (int at = json.indexOf(key); at >= 0; at = json.indexOf(key, at + 1)) {
            int start = at + key.length();
            int end = start;
            while (end < json.length() && Character.isDigit(json.charAt(end))) {
                end++;
            }
            total += Long.parseLong(json.substring(start, end));
        }
        return total;
    }

    static String get(String url, String token) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " -> " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    static void waitForHealth(String service) throws Exception {
        Instant deadline = Instant.now().plusSeconds(300);
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(service + "/actuator/health/readiness")).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException(service + " did not become ready");
    }

    static String token(KeyPair keys, String issuer, String user, String roles) throws Exception {
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"bench\"}";
        String claims = "{\"iss\":\"" + issuer + "\",\"aud\":[\"unmiss-api\"],\"sub\":\"" + user + "\",\"preferred_username\":\"" + user
                + "\",\"iat\":" + now + ",\"exp\":" + (now + 3600) + ",\"field_office\":\"HQ\",\"realm_access\":{\"roles\":[\"" + roles + "\"]}}";
        String signingInput = B64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "." + B64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(keys.getPrivate());
        rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + B64.encodeToString(rsa.sign());
    }

    static String b64(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return B64.encodeToString(bytes);
    }
}
