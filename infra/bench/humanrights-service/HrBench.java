import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.sun.net.httpserver.HttpServer;
import org.bson.Document;

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
import java.util.Date;
import java.util.List;

/**
 * Benchmark of humanrights-service's reports (run by bench.sh): stands in for Keycloak, waits for the
 * service (demo cases loaded before it reports ready), inserts copies of the demo cases through
 * the MongoDB driver, dated in 2026-Q1 and verified, until they hold the wanted number of violations, then measures p50/p95/max of N calls (after a warm-up) as a reporting tool.
 * Usage: java -cp DRIVER HrBench.java ISSUER_PORT SERVICE_URL MONGO_URI [calls] [violations]
 */
public class HrBench {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    public static void main(String[] args) throws Exception {
        int issuerPort = Integer.parseInt(args[0]);
        String service = args[1];
        String mongoUri = args[2];
        int calls = args.length > 3 ? Integer.parseInt(args[3]) : 50;
        long wantedViolations = args.length > 4 ? Long.parseLong(args[4]) : 100_000;

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
        try (MongoClient mongo = MongoClients.create(mongoUri)) {
            long t0 = System.nanoTime();
            waitForHealth(service);
            System.out.printf("service ready (demo cases loaded) after %d s%n", (System.nanoTime() - t0) / 1_000_000_000);
            MongoCollection<Document> cases = mongo.getDatabase("humanrights").getCollection("hr_cases");
            long violations = fill(cases, wantedViolations);
            String reporting = token(keys, issuer, "reporting-tools", "REPORTING");
            String brief = service + "/api/v1/hr-reports/quarterly-brief?quarter=2026-Q1";
            long cold = System.nanoTime();
            String answer = get(brief, reporting);
            System.out.printf("quarterly brief, first call (computed from the store): %.1f ms%n", (System.nanoTime() - cold) / 1e6);
            System.out.println("data: " + cases.countDocuments() + " cases in the store; copies hold " + violations
                    + " violations verified in 2026-Q1; the brief counts " + answer.replaceAll("(?s).*?\"violations\":(\\d+).*", "$1")
                    + " violations");
            report("quarterly brief 2026-Q1, later calls (no case of the quarter changed)", latencies(brief, reporting, calls));
            String period = "?from=2026-01-01&to=2026-03-31";
            int slowCalls = Math.max(3, calls / 10);
            report("MRM view, same quarter (aggregated by the store on every call)",
                    latencies(service + "/api/v1/hr-reports/mrm" + period, reporting, slowCalls));
            report("MARA view, same quarter", latencies(service + "/api/v1/hr-reports/mara" + period, reporting, slowCalls));
        } finally {
            jwks.stop(0);
        }
    }

    /**
     * Inserts copies of the demo cases, dated 2026-02-15 and verified, until the copies hold
     * {@code wanted} violations. (One updateMany over the whole collection instead made the H2 store
     * fail with "Chunk not found"; per-document dating at insert avoids it.)
     */
    static long fill(MongoCollection<Document> cases, long wanted) {
        long t0 = System.nanoTime();
        List<Document> originals = cases.find().into(new ArrayList<>());
        Date dated = Date.from(Instant.parse("2026-02-15T00:00:00Z"));
        long violations = 0;
        int copy = 0;
        List<Document> batch = new ArrayList<>();
        while (violations < wanted) {
            Document original = originals.get(copy % originals.size());
            Document clone = new Document(original);
            String id = "BENCH-" + copy++;
            clone.put("_id", id);
            clone.put("intakeKey", id);
            clone.put("incidentDate", dated);
            clone.put("incidentMonth", "2026-02");
            clone.put("incidentQuarter", "2026-Q1");
            clone.put("verified", true);
            batch.add(clone);
            violations += original.getList("violations", Document.class).size();
            if (batch.size() == 500) {
                cases.insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            cases.insertMany(batch);
        }
        System.out.printf("inserted %d dated copies of the demo cases in %d ms%n", copy, (System.nanoTime() - t0) / 1_000_000);
        return violations;
    }

    static List<Long> latencies(String url, String token, int calls) throws Exception {
        for (int i = 0; i < Math.max(2, calls / 10); i++) {
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

    static String get(String url, String token) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " -> " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }
}
