import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import org.bson.Document;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Audited reads per second of humanrights-service at two sizes of its audit log (run by audit-bench.sh with
 * lib/BenchKit.java). Each GET of a case appends one CASE_READ entry to the MAC-chained log; before the head
 * was kept in memory every append read the chain's tail first, and slowed as the log grew.
 * <ul>
 *   <li>{@code keys}: prints fresh bench keys as environment assignments for the service</li>
 *   <li>{@code cases ISSUER_PORT SERVICE_URL COUNT}: records COUNT cases through the API, prints their references</li>
 *   <li>{@code seed MONGO_URI ENTRIES}: appends CASE_READ entries directly in the store until the log holds ENTRIES,
 *       each with the MAC the service would compute (HUMANRIGHTS_AUDIT_CHAIN_KEY), chained after the current tail,
 *       in insertMany batches of 5,000; the service must be stopped (it recovers the head when it starts)</li>
 *   <li>{@code measure ISSUER_PORT SERVICE_URL MONGO_URI REFERENCES CALLS ROUNDS CLIENTS}: ROUNDS rounds of CALLS
 *       audited reads by CLIENTS concurrent clients, after a warm-up round; prints each round's reads per second and
 *       the median</li>
 * </ul>
 */
public class AuditBench {

    private static final int SEED_BATCH = 5_000;

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "keys" -> keys();
            case "cases" -> cases(Integer.parseInt(args[1]), args[2], Integer.parseInt(args[3]));
            case "seed" -> seed(args[1], Long.parseLong(args[2]));
            case "measure" -> measure(Integer.parseInt(args[1]), args[2], args[3], args[4], Integer.parseInt(args[5]),
                    Integer.parseInt(args[6]), Integer.parseInt(args[7]));
            case "compare" -> compare(Integer.parseInt(args[1]), args[2], args[3], args[4], args[5], Integer.parseInt(args[6]),
                    Integer.parseInt(args[7]), Integer.parseInt(args[8]));
            default -> throw new IllegalArgumentException("keys | cases | seed | measure");
        }
    }

    static void keys() throws Exception {
        byte[] chainKey = new byte[32];
        new java.security.SecureRandom().nextBytes(chainKey);
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Base64.Encoder b64 = Base64.getEncoder();
        System.out.println("HUMANRIGHTS_AUDIT_CHAIN_KEY=" + b64.encodeToString(chainKey));
        System.out.println("HUMANRIGHTS_AUDIT_CHECKPOINT_PRIVATE_KEY=" + b64.encodeToString(pair.getPrivate().getEncoded()));
        System.out.println("HUMANRIGHTS_AUDIT_CHECKPOINT_PUBLIC_KEY=" + b64.encodeToString(pair.getPublic().getEncoded()));
    }

    static void cases(int issuerPort, String service, int count) throws Exception {
        try (BenchKit.StandInIssuer issuer = BenchKit.StandInIssuer.start(issuerPort)) {
            System.out.println(String.join(",", cases(issuer, service, count)));
        }
    }

    static List<String> cases(BenchKit.StandInIssuer issuer, String service, int count) throws Exception {
        BenchKit.waitUntilReady(service);
        String officer = issuer.token("hr.bench.officer", "HR_READ", "HR_WRITE");
        List<String> references = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String body = """
                    {"title": "Bench case %d", "narrative": "Synthetic bench narrative.", "fieldOffice": "MALAKAL",
                     "occurredFrom": {"date": "2026-03-04", "precision": "EXACT"},
                     "location": {"state": "UPPER_NILE", "county": "Malakal"},
                     "violations": [{"type": "KILLING", "perpetrators": [{"partyCode": "SSPDF"}],
                                     "victims": [{"kind": "GROUP", "count": 2, "sex": "MALE", "ageGroup": "AGE_18_59"}]}]}
                    """.formatted(i);
            String created = BenchKit.post(service + "/api/v1/hr-cases", officer, "application/json", body, Duration.ofSeconds(30));
            references.add(created.replaceAll("(?s).*?\"reference\":\"([^\"]+)\".*", "$1"));
        }
        return references;
    }

    /**
     * Two services, each on its own store: SMALL with a short audit log, LARGE with a long one, measured in
     * alternating rounds so that both see the same machine load (other builds share these 2 cores).
     */
    static void compare(int issuerPort, String small, String smallMongo, String large, String largeMongo, int calls,
                        int rounds, int clients) throws Exception {
        try (BenchKit.StandInIssuer issuer = BenchKit.StandInIssuer.start(issuerPort);
             MongoClient smallStore = MongoClients.create(smallMongo);
             MongoClient largeStore = MongoClients.create(largeMongo)) {
            String[] smallRefs = cases(issuer, small, 20).toArray(String[]::new);
            String[] largeRefs = cases(issuer, large, 20).toArray(String[]::new);
            MongoCollection<Document> smallLog = smallStore.getDatabase("humanrights").getCollection("hr_audit_events");
            MongoCollection<Document> largeLog = largeStore.getDatabase("humanrights").getCollection("hr_audit_events");
            long smallBefore = smallLog.estimatedDocumentCount();
            long largeBefore = largeLog.estimatedDocumentCount();
            String reader = issuer.token("hr.bench.reader", "HR_READ");
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            try {
                // warm-up of both fresh JVMs, JIT-compiling under the machine's load; not counted
                round(pool, small, reader, smallRefs, Math.max(calls, 500), clients);
                round(pool, large, reader, largeRefs, Math.max(calls, 500), clients);
                List<Double> smallRates = new ArrayList<>();
                List<Double> largeRates = new ArrayList<>();
                for (int r = 0; r < rounds; r++) {
                    boolean smallFirst = r % 2 == 0;
                    double first = round(pool, smallFirst ? small : large, reader, smallFirst ? smallRefs : largeRefs, calls, clients);
                    double second = round(pool, smallFirst ? large : small, reader, smallFirst ? largeRefs : smallRefs, calls, clients);
                    double smallRate = smallFirst ? first : second;
                    double largeRate = smallFirst ? second : first;
                    smallRates.add(smallRate);
                    largeRates.add(largeRate);
                    System.out.printf("  round %d: small log %.0f reads/s, large log %.0f reads/s (large/small %.2f)%n", r + 1,
                            smallRate, largeRate, largeRate / smallRate);
                }
                Collections.sort(smallRates);
                Collections.sort(largeRates);
                double smallMedian = smallRates.get(rounds / 2);
                double largeMedian = largeRates.get(rounds / 2);
                System.out.printf("audited reads/s, %d clients, median of %d rounds of %d: %.0f with %d..%d entries, "
                                + "%.0f with %d..%d entries; large/small = %.3f%n", clients, rounds, calls,
                        smallMedian, smallBefore, smallLog.estimatedDocumentCount(), largeMedian, largeBefore,
                        largeLog.estimatedDocumentCount(), largeMedian / smallMedian);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    static void seed(String mongoUri, long wanted) throws Exception {
        SecretKeySpec key = new SecretKeySpec(Base64.getDecoder().decode(System.getenv("HUMANRIGHTS_AUDIT_CHAIN_KEY")), "HmacSHA256");
        try (MongoClient mongo = MongoClients.create(mongoUri)) {
            MongoCollection<Document> events = mongo.getDatabase("humanrights").getCollection("hr_audit_events");
            Document tail = events.find().sort(Sorts.descending("_id")).limit(1).first();
            long sequence = tail == null ? 0 : tail.getLong("_id");
            String previous = tail == null ? "0".repeat(64) : tail.getString("mac");
            String reference = tail == null ? null : tail.getString("caseReference");
            long t0 = System.nanoTime();
            long from = sequence;
            List<Document> batch = new ArrayList<>(SEED_BATCH);
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            Instant at = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
            while (sequence < wanted) {
                sequence++;
                String mac = mac(hmac, sequence, at, "bench.seed", "HR_READ", "HQ", "CASE_READ", reference, "status RECEIVED",
                        null, previous);
                batch.add(new Document("_id", sequence).append("at", Date.from(at)).append("actor", "bench.seed")
                        .append("roles", "HR_READ").append("fieldOffice", "HQ").append("action", "CASE_READ")
                        .append("caseReference", reference).append("detail", "status RECEIVED").append("correlationId", null)
                        .append("previousMac", previous).append("mac", mac)
                        .append("_class", "org.unmiss.humanrights.audit.domain.AuditEvent"));
                previous = mac;
                if (batch.size() == SEED_BATCH) {
                    events.insertMany(batch);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                events.insertMany(batch);
            }
            System.out.printf("seeded audit entries %d..%d directly in the store in %d s%n", from + 1, sequence,
                    (System.nanoTime() - t0) / 1_000_000_000);
        }
    }

    /** The service's canonical form (AuditChain.mac): length-prefixed fields, HMAC-SHA256, hex. */
    @SuppressWarnings("java:S107")
    static String mac(Mac hmac, long sequence, Instant at, String actor, String roles, String office, String action,
                      String reference, String detail, String correlationId, String previous) {
        StringBuilder canonical = new StringBuilder();
        for (Object field : new Object[] {sequence, at.toEpochMilli(), actor, roles, office, action, orEmpty(reference), detail,
                orEmpty(correlationId), previous}) {
            String text = field.toString();
            canonical.append(text.length()).append(':').append(text).append('|');
        }
        return HexFormat.of().formatHex(hmac.doFinal(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    static void measure(int issuerPort, String service, String mongoUri, String references, int calls, int rounds, int clients)
            throws Exception {
        String[] refs = references.split(",");
        try (BenchKit.StandInIssuer issuer = BenchKit.StandInIssuer.start(issuerPort);
             MongoClient mongo = MongoClients.create(mongoUri)) {
            Duration ready = BenchKit.waitUntilReady(service);
            MongoCollection<Document> events = mongo.getDatabase("humanrights").getCollection("hr_audit_events");
            long before = events.estimatedDocumentCount();
            System.out.printf("service ready after %d ms (head recovered at start); audit log holds %d entries%n", ready.toMillis(), before);
            String reader = issuer.token("hr.bench.reader", "HR_READ");
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            try {
                // warm-up: a fresh JVM, JIT-compiling under the machine's load; not counted
                round(pool, service, reader, refs, Math.max(calls, 500), clients);
                List<Double> perSecond = new ArrayList<>();
                for (int r = 0; r < rounds; r++) {
                    double rate = round(pool, service, reader, refs, calls, clients);
                    perSecond.add(rate);
                    System.out.printf("  round %d: %d audited reads, %d clients: %.0f reads/s%n", r + 1, calls, clients, rate);
                }
                List<Double> sorted = new ArrayList<>(perSecond);
                Collections.sort(sorted);
                long after = events.estimatedDocumentCount();
                System.out.printf("audited reads/s at %d..%d entries: median %.0f (min %.0f, max %.0f)%n", before, after,
                        sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1));
                BenchKit.report("single audited read (sequential)", BenchKit.latencies(service + "/api/v1/hr-cases/" + refs[0], reader, 200, 50));
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static double round(ExecutorService pool, String service, String token, String[] refs, int calls, int clients)
            throws Exception {
        List<Future<?>> work = new ArrayList<>();
        int share = calls / clients;
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            work.add(pool.submit(() -> {
                for (int i = 0; i < share; i++) {
                    String url = service + "/api/v1/hr-cases/" + refs[(client * share + i) % refs.length];
                    HttpResponse<String> response = BenchKit.HTTP.send(HttpRequest.newBuilder(URI.create(url))
                            .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(url + " -> " + response.statusCode());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        return share * clients / ((System.nanoTime() - t0) / 1e9);
    }
}
