import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Benchmark of humanrights-service's reports (run by bench.sh with lib/BenchKit.java), in two runs around a restart
 * of the service. {@code fill}: stands in for Keycloak, waits for the service (demo cases loaded before it reports
 * ready) and inserts copies of the demo cases through the MongoDB driver, dated in 2026-Q1 and verified, until they
 * hold the wanted number of violations. {@code measure} (after bench.sh restarted the service and it counted the
 * figures): checks the brief counts the copies, then measures as staff and as a reporting tool: each view's first
 * call, then p50/p95/max of N later calls (after a warm-up).
 * Usage: HrBench fill|measure ISSUER_PORT SERVICE_URL MONGO_URI [calls] [violations]
 */
public class HrBench {

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        int issuerPort = Integer.parseInt(args[1]);
        String service = args[2];
        String mongoUri = args[3];
        int calls = args.length > 4 ? Integer.parseInt(args[4]) : 50;
        long wantedViolations = args.length > 5 ? Long.parseLong(args[5]) : 100_000;

        try (BenchKit.StandInIssuer issuer = BenchKit.StandInIssuer.start(issuerPort);
             MongoClient mongo = MongoClients.create(mongoUri)) {
            System.out.printf("service ready after %d s%n", BenchKit.waitUntilReady(service).toSeconds());
            MongoCollection<Document> cases = mongo.getDatabase("humanrights").getCollection("hr_cases");
            if (mode.equals("fill")) {
                fill(cases, wantedViolations);
            } else {
                measure(issuer, service, cases, calls);
            }
        }
    }

    /**
     * The reports' figures, with the copies counted (bench.sh restarts the service after the fill: the copies went
     * around the service, so only its start-up check, finding the cells short of the cases, counts them).
     */
    static void measure(BenchKit.StandInIssuer issuer, String service, MongoCollection<Document> cases, int calls) throws Exception {
        long copied = copiedViolations(cases);
        // the live figures, as human rights staff read them (partners and reporting tools get released quarters, ADR 0098)
        String staff = issuer.token("hr.analyst", "HR_READ");
        String brief = service + "/api/v1/hr-reports/quarterly-brief?quarter=2026-Q1";
        long cold = System.nanoTime();
        String answer = BenchKit.get(brief, staff);
        System.out.printf("quarterly brief, first call (from the counted figures): %.1f ms%n", (System.nanoTime() - cold) / 1e6);
        long counted = violationsIn(answer);
        System.out.println("data: " + cases.countDocuments() + " cases in the store; copies hold " + copied
                + " verified acts in 2026-Q1; the brief counts " + counted + " violations (the demo cases' of the quarter too)");
        if (counted < copied) {
            throw new IllegalStateException("the brief does not count the copies: the figures measured would not be the bench's data");
        }
        BenchKit.report("quarterly brief 2026-Q1, later calls (no case of the quarter changed)",
                BenchKit.latencies(brief, staff, calls, 2));
        String period = "?from=2026-01-01&to=2026-03-31";
        for (String view : new String[] {"mrm", "mara"}) {
            String url = service + "/api/v1/hr-reports/" + view + period;
            long first = System.nanoTime();
            BenchKit.get(url, staff);
            System.out.printf("%s view, same quarter, first call: %.1f ms%n", view.toUpperCase(), (System.nanoTime() - first) / 1e6);
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
        System.out.printf("released quarterly brief, first call (frozen copy, small cells withheld): %.1f ms, %d violations%n",
                (System.nanoTime() - released) / 1e6, violationsIn(partnerAnswer));
        BenchKit.report("released quarterly brief 2026-Q1, later calls", BenchKit.latencies(brief, reporting, calls, 2));
    }

    private static long violationsIn(String brief) {
        return Long.parseLong(brief.replaceAll("(?s).*?\"violations\":(\\d+).*", "$1"));
    }

    /** The verified acts the fill's copies hold, read back from the store. */
    static long copiedViolations(MongoCollection<Document> cases) {
        long verified = 0;
        for (Document copy : cases.find(Filters.regex("_id", "^BENCH-")).projection(Projections.include("violations")).batchSize(1_000)) {
            verified += verifiedActs(copy);
        }
        return verified;
    }

    /**
     * A verified case's acts as the brief counts them: an act with no decision of its own takes its case's; one the
     * demo data decided otherwise (not verified, still pending) is not counted, in the copies as in the originals.
     */
    static long verifiedActs(Document verifiedCase) {
        long verified = 0;
        for (Document act : verifiedCase.getList("violations", Document.class)) {
            Document decision = act.get("verification", Document.class);
            if (decision == null || "VERIFIED".equals(decision.getString("outcome"))) {
                verified++;
            }
        }
        return verified;
    }

    /**
     * Inserts copies of the demo cases, dated 2026-02-15 and verified, until the copies hold
     * {@code wanted} verified violations. (One updateMany over the whole collection instead made the H2 store
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
            violations += verifiedActs(original);
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
