import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The human rights soak (issue 12, run by soak.sh with lib/BenchKit.java):
 * <ul>
 *   <li>{@code load MONGO CASES}: grows {@code hr_cases} to CASES documents with copies of the cases the service
 *   itself recorded (its demo cases: sealed by the service, so every copy holds the same sealed fields), each copy
 *   under a new reference and intake key, in one of the ten field offices (and the state it covers), dated on a day from 2016-01 to 2026-11 with
 *   its derived fields (incidentDate, incidentMonth, incidentQuarter, occurredFrom) to match; insertMany of 1,000.
 *   The copies are written behind the service's back, so the service finds its figures short of the cases at
 *   start and counts them again from every case (ADR 0038).</li>
 *   <li>{@code measure ISSUER_PORT SERVICE MONGO CALLS}: the case list's first page, and every report both
 *   right after a case write (each call preceded by one: a case recorded, moved under investigation or verified,
 *   in the measured quarter) and repeated without writes; p50/p95/max.</li>
 *   <li>{@code digest MONGO FILE} / {@code verify MONGO FILE}: a SHA-256 of every case and audit document before the
 *   store is killed, and the comparison of every document with it after the restart.</li>
 * </ul>
 */
public class SoakBench {

    private static final List<String> OFFICES = List.of("JUBA", "TORIT", "YAMBIO", "BOR", "BENTIU", "MALAKAL", "RUMBEK",
            "KUAJOK", "AWEIL", "WAU");
    /** The state each office covers, as the service's OfficeStates (and so its demo cases) place them. */
    private static final List<String> STATES = List.of("CENTRAL_EQUATORIA", "EASTERN_EQUATORIA", "WESTERN_EQUATORIA", "JONGLEI",
            "UNITY", "UPPER_NILE", "LAKES", "WARRAP", "NORTHERN_BAHR_EL_GHAZAL", "WESTERN_BAHR_EL_GHAZAL");
    private static final LocalDate FIRST = LocalDate.of(2016, 1, 1);
    private static final int DAYS = (int) (LocalDate.of(2026, 11, 30).toEpochDay() - FIRST.toEpochDay());
    private static final String QUARTER = "2026-Q1";
    private static final String PERIOD = "from=2026-01-01&to=2026-03-31";

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "load" -> load(args[1], Long.parseLong(args[2]));
            case "measure" -> measure(Integer.parseInt(args[1]), args[2], Integer.parseInt(args[3]));
            case "digest" -> digest(args[1], Path.of(args[2]));
            case "verify" -> verify(args[1], Path.of(args[2]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static void load(String mongoUri, long wanted) {
        try (MongoClient mongo = MongoClients.create(mongoUri)) {
            MongoCollection<Document> cases = mongo.getDatabase("humanrights").getCollection("hr_cases");
            List<Document> originals = cases.find().into(new ArrayList<>());
            if (originals.isEmpty()) {
                throw new IllegalStateException("no case recorded by the service to copy");
            }
            long have = originals.size();
            Random random = new Random(12);
            long t0 = System.nanoTime();
            List<Document> batch = new ArrayList<>(1_000);
            for (long copy = 0; have < wanted; copy++, have++) {
                Document clone = new Document(originals.get((int) (copy % originals.size())));
                String id = "SOAK-" + copy;
                LocalDate day = FIRST.plusDays(random.nextInt(DAYS + 1));
                clone.put("_id", id);
                clone.put("intakeKey", id);
                int office = random.nextInt(OFFICES.size());
                clone.put("fieldOffice", OFFICES.get(office));
                Document location = clone.get("location", Document.class);
                if (location != null) {
                    clone.put("location", new Document(location).append("state", STATES.get(office)));
                }
                clone.put("incidentDate", Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant()));
                clone.put("incidentMonth", day.toString().substring(0, 7));
                clone.put("incidentQuarter", day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1));
                Document from = clone.get("occurredFrom", Document.class);
                if (from != null) {
                    clone.put("occurredFrom", new Document(from).append("date", clone.get("incidentDate")));
                }
                clone.remove("occurredTo");
                clone.remove("figuresPending");
                batch.add(clone);
                if (batch.size() == 1_000) {
                    cases.insertMany(batch);
                    batch.clear();
                    if (have % 100_000 < 1_000) {
                        System.out.printf("  %d cases after %d s%n", have + 1, (System.nanoTime() - t0) / 1_000_000_000);
                    }
                }
            }
            if (!batch.isEmpty()) {
                cases.insertMany(batch);
            }
            System.out.printf("loaded copies up to %d cases in %d s (%d originals recorded by the service)%n", cases.countDocuments(),
                    (System.nanoTime() - t0) / 1_000_000_000, originals.size());
        }
    }

    static void measure(int issuerPort, String service, int calls) throws Exception {
        try (BenchKit.StandInIssuer issuer = BenchKit.StandInIssuer.start(issuerPort)) {
            BenchKit.waitUntilReady(service);
            String recorder = issuer.token("hr.soak.recorder", "HR_READ", "HR_WRITE");
            String verifier = issuer.token("hr.soak.verifier", "HR_READ", "HR_WRITE", "HR_VERIFY");
            // the live figures, as human rights staff read them: partners and reporting tools get released quarters
            // only (ADR 0098), which are frozen copies and measured by bench.sh
            String staff = issuer.token("hr.soak.analyst", "HR_READ");
            String lists = service + "/api/v1/hr-cases?size=50&fieldOffice=JUBA";
            BenchKit.report("case list, first page of 50, one office (HQ caller)", BenchKit.latencies(lists, recorder, calls, 3));
            BenchKit.report("case list, first page of 50, all offices", BenchKit.latencies(service + "/api/v1/hr-cases?size=50",
                    recorder, calls, 3));
            Writer writer = new Writer(service, recorder, verifier);
            Map<String, String[]> views = new java.util.LinkedHashMap<>();
            views.put("MRM, all time (verified and reported)", new String[] {"/api/v1/hr-reports/mrm", staff});
            views.put("MRM, " + QUARTER, new String[] {"/api/v1/hr-reports/mrm?" + PERIOD, staff});
            views.put("MARA, all time", new String[] {"/api/v1/hr-reports/mara", staff});
            views.put("MARA, " + QUARTER, new String[] {"/api/v1/hr-reports/mara?" + PERIOD, staff});
            views.put("forms of harm, all time", new String[] {"/api/v1/hr-reports/harm", staff});
            views.put("quarterly brief " + QUARTER, new String[] {"/api/v1/hr-reports/quarterly-brief?quarter=" + QUARTER, staff});
            views.put("MRM, part months 2025-02-10..2025-05-20", new String[] {"/api/v1/hr-reports/mrm?from=2025-02-10&to=2025-05-20",
                    staff});
            for (Map.Entry<String, String[]> view : views.entrySet()) {
                String url = service + view.getValue()[0];
                String token = view.getValue()[1];
                BenchKit.get(url, token);
                List<Long> afterWrite = new ArrayList<>();
                for (int i = 0; i < calls; i++) {
                    writer.write();
                    long started = System.nanoTime();
                    BenchKit.get(url, token);
                    afterWrite.add((System.nanoTime() - started) / 1_000);
                }
                Collections.sort(afterWrite);
                BenchKit.report(view.getKey() + ", first call after a write", afterWrite);
                BenchKit.report(view.getKey() + ", repeated", BenchKit.latencies(url, token, calls, 2));
            }
            Collections.sort(writer.latencies);
            BenchKit.report("the writes between the calls (record / move / verify a case)", writer.latencies);
        }
    }

    /** Writes cases of the measured quarter in turn: records one, moves it under investigation, verifies it. */
    static final class Writer {
        private final String service;
        private final String recorder;
        private final String verifier;
        final List<Long> latencies = new ArrayList<>();
        private String reference;
        private String etag;
        private int phase;

        Writer(String service, String recorder, String verifier) {
            this.service = service;
            this.recorder = recorder;
            this.verifier = verifier;
        }

        void write() throws Exception {
            long started = System.nanoTime();
            switch (phase++ % 3) {
                case 0 -> {
                    var created = send("POST", "/api/v1/hr-cases", recorder, null, """
                            {"title": "Soak case", "fieldOffice": "JUBA", "occurredFrom": {"date": "2026-02-11", "precision": "EXACT"},
                             "location": {"state": "CENTRAL_EQUATORIA"},
                             "violations": [{"type": "RECRUITMENT_OR_USE_OF_CHILDREN", "perpetrators": [{"partyCode": "SSPDF"}],
                                             "victims": [{"kind": "GROUP", "count": 2, "sex": "MALE", "ageGroup": "AGE_12_17"}]},
                                            {"type": "RAPE", "perpetrators": [{"partyCode": "CBM"}],
                                             "victims": [{"kind": "INDIVIDUAL", "sex": "FEMALE", "age": 15}]}]}""");
                    reference = created.body().replaceAll("(?s).*?\"reference\":\"([^\"]+)\".*", "$1");
                    etag = created.headers().firstValue("ETag").orElseThrow();
                }
                case 1 -> etag = send("POST", "/api/v1/hr-cases/" + reference + "/transitions", recorder, etag,
                        "{\"to\": \"UNDER_INVESTIGATION\"}").headers().firstValue("ETag").orElseThrow();
                default -> send("POST", "/api/v1/hr-cases/" + reference + "/transitions", verifier, etag,
                        "{\"to\": \"VERIFIED\", \"standardOfProof\": \"REASONABLE_GROUNDS\"}");
            }
            latencies.add((System.nanoTime() - started) / 1_000);
        }

        private java.net.http.HttpResponse<String> send(String method, String path, String token, String ifMatch, String body)
                throws Exception {
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(service + path))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(60)).method(method, java.net.http.HttpRequest.BodyPublishers.ofString(body));
            if (ifMatch != null) {
                request.header("If-Match", ifMatch);
            }
            var response = BenchKit.HTTP.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(method + " " + path + " -> " + response.statusCode() + " " + response.body());
            }
            return response;
        }
    }

    static void digest(String mongoUri, Path file) throws Exception {
        long t0 = System.nanoTime();
        long documents = 0;
        try (MongoClient mongo = MongoClients.create(mongoUri); BufferedWriter out = Files.newBufferedWriter(file)) {
            for (String collection : new String[] {"hr_cases", "hr_audit_events"}) {
                for (Document d : mongo.getDatabase("humanrights").getCollection(collection).find()) {
                    out.write(collection + " " + d.get("_id") + " " + sha256(d) + "\n");
                    documents++;
                }
            }
        }
        System.out.printf("digested %d documents in %d s%n", documents, (System.nanoTime() - t0) / 1_000_000_000);
    }

    static void verify(String mongoUri, Path file) throws Exception {
        long t0 = System.nanoTime();
        Map<String, String> expected = new HashMap<>();
        try (var lines = Files.lines(file)) {
            lines.forEach(line -> {
                int space = line.lastIndexOf(' ');
                expected.put(line.substring(0, space), line.substring(space + 1));
            });
        }
        long same = 0;
        long changed = 0;
        long extra = 0;
        try (MongoClient mongo = MongoClients.create(mongoUri)) {
            for (String collection : new String[] {"hr_cases", "hr_audit_events"}) {
                for (Document d : mongo.getDatabase("humanrights").getCollection(collection).find()) {
                    String hash = expected.remove(collection + " " + d.get("_id"));
                    if (hash == null) {
                        extra++;
                    } else if (hash.equals(sha256(d))) {
                        same++;
                    } else {
                        changed++;
                    }
                }
            }
        }
        System.out.printf("verified every document after the restart in %d s: %d identical, %d changed, %d missing, %d extra%n",
                (System.nanoTime() - t0) / 1_000_000_000, same, changed, expected.size(), extra);
        if (changed + expected.size() > 0) {
            throw new IllegalStateException("documents lost or changed across the kill");
        }
    }

    private static String sha256(Document d) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(d.toJson().getBytes(StandardCharsets.UTF_8)));
    }
}
