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
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Benchmark of personnel-service (run by bench.sh, JDK only): it stands in for Keycloak (serves a JWKS at
 * /realms/unmiss/protocol/openid-connect/certs and signs RS256 tokens shaped like the realm's), waits for
 * the service, then measures
 *   1. GET /api/v1/personnel-reports/strength over the demo mission (20,000 people): p50/p95/max of N calls
 *      after a warm-up, for a one-dimension and a five-dimension breakdown;
 *   2. POST /api/v1/personnel/imports with 20,000 generated rows (ALL_OR_NOTHING): wall time of each of R runs;
 *   3. strength again (now over 20,000 + R x 20,000 people), first call (reload after the writes) and p50.
 * Usage: java PersonnelBench.java ISSUER_PORT SERVICE_URL [calls] [importRuns]
 */
public class PersonnelBench {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    public static void main(String[] args) throws Exception {
        int issuerPort = Integer.parseInt(args[0]);
        String service = args[1];
        int calls = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int importRuns = args.length > 3 ? Integer.parseInt(args[3]) : 3;

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
            waitForHealth(service);
            String reporting = token(keys, issuer, "reporting-tools", "REPORTING");
            String writer = token(keys, issuer, "personnel.officer", "PERSONNEL_READ\",\"PERSONNEL_WRITE");

            String oneDimension = service + "/api/v1/personnel-reports/strength?groupBy=category";
            String fiveDimensions = service + "/api/v1/personnel-reports/strength?groupBy=category,subCategory,country,fieldOffice,sex";
            System.out.println("strength total before imports: " + total(get(oneDimension, reporting)));
            report("strength groupBy=category", latencies(oneDimension, reporting, calls));
            report("strength groupBy=category,subCategory,country,fieldOffice,sex", latencies(fiveDimensions, reporting, calls));
            report("unpol-strength", latencies(service + "/api/v1/personnel-reports/unpol-strength", reporting, calls));

            for (int run = 1; run <= importRuns; run++) {
                String csv = csv(20_000, run);
                long t0 = System.nanoTime();
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(service + "/api/v1/personnel/imports"))
                        .timeout(Duration.ofSeconds(120)).header("Authorization", "Bearer " + writer)
                        .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv)).build(),
                        HttpResponse.BodyHandlers.ofString());
                long ms = (System.nanoTime() - t0) / 1_000_000;
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("import failed: " + response.statusCode() + " " + response.body().substring(0, 500));
                }
                System.out.printf("import run %d: 20,000 rows (%.1f MB) in %d ms%n", run, csv.length() / 1e6, ms);
            }
            long t0 = System.nanoTime();
            String after = get(oneDimension, reporting);
            System.out.printf("strength first call after the imports (snapshot reload): %d ms, total %s%n",
                    (System.nanoTime() - t0) / 1_000_000, total(after));
            report("strength groupBy=category after imports", latencies(oneDimension, reporting, calls));
        } finally {
            jwks.stop(0);
        }
    }

    static String csv(int rows, int run) {
        String[] subCategories = {"POLICE,FORMED_POLICE_UNIT", "MILITARY,CONTINGENT_TROOP", "CIVILIAN,UN_VOLUNTEER", "POLICE,INDIVIDUAL_POLICE_OFFICER"};
        String[] offices = {"JUBA", "BOR", "BENTIU", "MALAKAL", "WAU", "YAMBIO", "RUMBEK", "KUAJOK"};
        String[] countries = {"IND", "RWA", "NPL", "BGD", "CHN", "GHA", "ETH", "KEN"};
        Random random = new Random(run);
        StringBuilder csv = new StringBuilder(rows * 150);
        csv.append("familyName,givenName,sex,dateOfBirth,nationality,category,subCategory,rank,languages,fieldOffice,email,phone,deploymentStart,deploymentEnd,position\n");
        for (int i = 0; i < rows; i++) {
            csv.append("Bench").append(run).append('x').append(i).append(",Rotan,").append(random.nextInt(10) < 2 ? "FEMALE" : "MALE")
                    .append(",19").append(70 + random.nextInt(30)).append("-0").append(1 + random.nextInt(9)).append("-1").append(random.nextInt(9))
                    .append(',').append(countries[random.nextInt(countries.length)]).append(',')
                    .append(subCategories[random.nextInt(subCategories.length)]).append(",Constable,en;fr,")
                    .append(offices[random.nextInt(offices.length)]).append(",bench").append(run).append('.').append(i)
                    .append("@un.org,+211 92 555 0101,2027-01-0").append(1 + random.nextInt(9)).append(",2027-12-31,Rotation\n");
        }
        return csv.toString();
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

    static String total(String json) {
        int at = json.indexOf("\"total\":");
        return json.substring(at + 8, json.indexOf(',', at));
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
                HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(service + "/actuator/health")).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException(service + " did not become healthy");
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
