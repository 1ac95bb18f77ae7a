import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Benchmark of poc-site-service's reports (run by bench.sh with lib/BenchKit.java): it stands in for Keycloak,
 * waits for the service (which generates its demo data before it reports ready), optionally adds incidents through the API, then measures p50/p95/max of N calls
 * (after a warm-up) of each report over the last five years for all sites, as a reporting tool calls them;
 * for the incidents-per-month report also the first call after each new incident, which regroups the
 * month table from the store (the repeated calls are answered from it).
 * Usage: PocSiteBench ISSUER_PORT SERVICE_URL [calls] [extraIncidents]
 */
public class PocSiteBench {

    static final String[] SITES = {"JUBA-UNH-POC1", "JUBA-UNH-POC3", "BENTIU", "MALAKAL", "BOR", "WAU"};
    static final double[][] POINTS = {{4.8193, 31.5186}, {4.8137, 31.5102}, {9.2980, 29.7622}, {9.5657, 31.6492},
            {6.2125, 31.5581}, {7.7011, 27.9953}};
    static final String[] CATEGORIES = {"ASSAULT", "THEFT", "SGBV", "DISTURBANCE", "ALCOHOL_OR_DRUGS", "ROBBERY"};

    public static void main(String[] args) throws Exception {
        int issuerPort = Integer.parseInt(args[0]);
        String service = args[1];
        int calls = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int extraIncidents = args.length > 3 ? Integer.parseInt(args[3]) : 0;

        try (BenchKit.StandInIssuer issuer = BenchKit.StandInIssuer.start(issuerPort)) {
            System.out.printf("service ready (demo data generated) after %d s%n", BenchKit.waitUntilReady(service).toSeconds());
            String reporting = issuer.token("reporting-tools", "REPORTING");
            String writer = issuer.token("bench.writer", "POC_READ", "POC_WRITE");
            if (extraIncidents > 0) {
                addIncidents(service, writer, extraIncidents);
            }
            LocalDate to = LocalDate.now(ZoneOffset.UTC);
            LocalDate from = to.minusYears(5);
            String period = "from=" + from + "&to=" + to;
            String monthly = service + "/api/v1/security-incidents/reports/monthly?" + period;
            System.out.println("data: incidents per month over " + from + " .. " + to + ", all sites: "
                    + rows(BenchKit.get(monthly, reporting)) + " rows, " + sum(BenchKit.get(monthly, reporting), "\"incidents\":") + " incidents");
            BenchKit.report("incidents per month, 5 years, all sites (JSON)", BenchKit.latencies(monthly, reporting, calls, 20));
            BenchKit.report("incidents per month, 5 years, all sites, first call after a new incident (regrouped)",
                    afterEachWrite(service, monthly, reporting, writer,
                            Math.max(10, calls / 10)));
            BenchKit.report("incidents per month, 5 years, all sites (HXL CSV)",
                    BenchKit.latencies(service + "/api/v1/security-incidents/reports/monthly.csv?hxl=true&" + period, reporting, calls, 20));
            BenchKit.report("incidents before/after, pivot 5 years back +/- 30 months, all sites", BenchKit.latencies(service
                    + "/api/v1/security-incidents/reports/before-after?windowMonths=30&pivot=" + to.minusMonths(30), reporting, calls, 20));
            BenchKit.report("population trend, 5 years, all sites",
                    BenchKit.latencies(service + "/api/v1/poc-sites/reports/population-trend?" + period, reporting, calls, 20));
            BenchKit.report("patrols by type and shift, 5 years", BenchKit.latencies(service + "/api/v1/patrols/reports/summary?" + period, reporting, calls, 20));
            BenchKit.report("seizures by item type, 5 years", BenchKit.latencies(service + "/api/v1/seizures/reports/by-item-type?" + period, reporting, calls, 20));
            BenchKit.report("returns by destination, 5 years", BenchKit.latencies(service + "/api/v1/returns/reports/by-destination?" + period, reporting, calls, 20));
        }
    }

    /** The report's latency right after each of {@code count} new incidents, when it must be regrouped from the store. */
    static List<Long> afterEachWrite(String service, String url, String token, String writer, int count) throws Exception {
        List<Long> micros = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            addIncidents(service, writer, 1, i, false);
            long t0 = System.nanoTime();
            BenchKit.get(url, token);
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
            BenchKit.post(service + "/api/v1/security-incidents", writer, "application/json", body, Duration.ofSeconds(30));
        }
        if (log) {
            System.out.printf("added %d incidents through the API in %d ms%n", count, (System.nanoTime() - t0) / 1_000_000);
        }
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
}
