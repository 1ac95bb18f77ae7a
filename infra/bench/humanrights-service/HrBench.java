import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Benchmark of humanrights-service's reports (run by bench.sh with lib/BenchKit.java): stands in for Keycloak,
 * waits for the service (demo cases loaded before it reports ready), inserts copies of the demo cases through
 * the MongoDB driver, dated in 2026-Q1 and verified, until they hold the wanted number of violations, then
 * measures as a reporting tool: each view's first call, then p50/p95/max of N later calls (after a warm-up).
 * Usage: HrBench ISSUER_PORT SERVICE_URL MONGO_URI [calls] [violations]
 */
public class HrBench {

    public static void main(String[] args) throws Exception {
        int issuerPort = Integer.parseInt(args[0]);
        String service = args[1];
        String mongoUri = args[2];
        int calls = args.length > 3 ? Integer.parseInt(args[3]) : 50;
        long wantedViolations = args.length > 4 ? Long.parseLong(args[4]) : 100_000;

        try (BenchKit.StandInIssuer issuer = BenchKit.StandInIssuer.start(issuerPort);
             MongoClient mongo = MongoClients.create(mongoUri)) {
            System.out.printf("service ready (demo cases loaded) after %d s%n", BenchKit.waitUntilReady(service).toSeconds());
            MongoCollection<Document> cases = mongo.getDatabase("humanrights").getCollection("hr_cases");
            long violations = fill(cases, wantedViolations);
            // the live figures, as human rights staff read them (partners and reporting tools get released quarters, ADR 0098)
            String staff = issuer.token("hr.analyst", "HR_READ");
            String brief = service + "/api/v1/hr-reports/quarterly-brief?quarter=2026-Q1";
            long cold = System.nanoTime();
            String answer = BenchKit.get(brief, staff);
            System.out.printf("quarterly brief, first call (computed from the store): %.1f ms%n", (System.nanoTime() - cold) / 1e6);
            System.out.println("data: " + cases.countDocuments() + " cases in the store; copies hold " + violations
                    + " violations verified in 2026-Q1; the brief counts " + answer.replaceAll("(?s).*?\"violations\":(\\d+).*", "$1")
                    + " violations");
            BenchKit.report("quarterly brief 2026-Q1, later calls (no case of the quarter changed)",
                    BenchKit.latencies(brief, staff, calls, 2));
            String period = "?from=2026-01-01&to=2026-03-31";
            for (String view : new String[] {"mrm", "mara"}) {
                String url = service + "/api/v1/hr-reports/" + view + period;
                long first = System.nanoTime();
                BenchKit.get(url, staff);
                System.out.printf("%s view, same quarter, first call (aggregated by the store): %.1f ms%n", view.toUpperCase(),
                        (System.nanoTime() - first) / 1e6);
                BenchKit.report(view.toUpperCase() + " view, same quarter, later calls (no case of the quarter changed)",
                        BenchKit.latencies(url, staff, calls, 2));
            }
            // released: the senior officer freezes the quarter (every view for every scope), then the reporting tool reads it
            String senior = issuer.token("hr.senior", "HR_READ", "HR_VERIFY", "HR_RELEASE");
            long release = System.nanoTime();
            BenchKit.post(service + "/api/v1/hr-reports/releases", senior, "application/json", "{\"quarter\": \"2026-Q1\"}",
                    java.time.Duration.ofSeconds(600));
            System.out.printf("release of 2026-Q1 (4 views x 12 scopes frozen): %.1f ms%n", (System.nanoTime() - release) / 1e6);
            String reporting = issuer.token("reporting-tools", "REPORTING");
            long released = System.nanoTime();
            String partnerAnswer = BenchKit.get(brief, reporting);
            System.out.printf("released quarterly brief, first call (frozen copy, small cells withheld): %.1f ms, %s violations%n",
                    (System.nanoTime() - released) / 1e6, partnerAnswer.replaceAll("(?s).*?\"violations\":(\\d+).*", "$1"));
            BenchKit.report("released quarterly brief 2026-Q1, later calls", BenchKit.latencies(brief, reporting, calls, 2));
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
}
