import java.time.Duration;
import java.util.List;
import java.util.Random;

/**
 * Benchmark of personnel-service (run by bench.sh with lib/BenchKit.java): it stands in for Keycloak, waits for
 * the service, then measures
 *   1. GET /api/v1/personnel-reports/strength over the demo mission (20,000 people): p50/p95/max of N calls
 *      after a warm-up, for a one-dimension and a five-dimension breakdown;
 *   2. POST /api/v1/personnel/imports with 20,000 generated rows (ALL_OR_NOTHING): wall time of each of R runs;
 *   3. strength again (now over 20,000 + R x 20,000 people), first call (reload after the writes) and p50.
 * Usage: PersonnelBench ISSUER_PORT SERVICE_URL [calls] [importRuns]
 */
public class PersonnelBench {

    public static void main(String[] args) throws Exception {
        int issuerPort = Integer.parseInt(args[0]);
        String service = args[1];
        int calls = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int importRuns = args.length > 3 ? Integer.parseInt(args[3]) : 3;

        try (BenchKit.StandInIssuer issuer = BenchKit.StandInIssuer.start(issuerPort)) {
            BenchKit.waitUntilReady(service);
            String reporting = issuer.token("reporting-tools", "REPORTING");
            String writer = issuer.token("personnel.officer", "PERSONNEL_READ", "PERSONNEL_WRITE");

            String oneDimension = service + "/api/v1/personnel-reports/strength?groupBy=category";
            String fiveDimensions = service + "/api/v1/personnel-reports/strength?groupBy=category,subCategory,country,fieldOffice,sex";
            System.out.println("strength total before imports: " + total(BenchKit.get(oneDimension, reporting)));
            BenchKit.report("strength groupBy=category", BenchKit.latencies(oneDimension, reporting, calls, 20));
            BenchKit.report("strength groupBy=category,subCategory,country,fieldOffice,sex",
                    BenchKit.latencies(fiveDimensions, reporting, calls, 20));
            BenchKit.report("unpol-strength",
                    BenchKit.latencies(service + "/api/v1/personnel-reports/unpol-strength", reporting, calls, 20));

            for (int run = 1; run <= importRuns; run++) {
                String csv = csv(20_000, run);
                long started = System.nanoTime();
                BenchKit.post(service + "/api/v1/personnel/imports", writer, "text/csv", csv, Duration.ofSeconds(120));
                System.out.printf("import run %d: 20,000 rows (%.1f MB) in %d ms%n", run, csv.length() / 1e6,
                        (System.nanoTime() - started) / 1_000_000);
            }
            long started = System.nanoTime();
            String after = BenchKit.get(oneDimension, reporting);
            System.out.printf("strength first call after the imports (snapshot reload): %d ms, total %s%n",
                    (System.nanoTime() - started) / 1_000_000, total(after));
            BenchKit.report("strength groupBy=category after imports", BenchKit.latencies(oneDimension, reporting, calls, 20));
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

    static String total(String json) {
        int at = json.indexOf("\"total\":");
        return json.substring(at + 8, json.indexOf(',', at));
    }
}
