import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the gateway costs (run by bench.sh with lib/BenchKit.java): the same personnel-service endpoints called
 * direct, through an nginx reverse proxy (keep-alive upstream, no authentication of its own) and through the
 * gateway (token check, route, circuit breaker, rate limit, headers), in one run.
 *   1. sequential calls, one at a time: p50/p95/p99 per path, the paths taking turns in rounds so that any
 *      drift of the machine falls on all three alike;
 *   2. load with wrk (if installed): requests per second and wrk's latency percentiles at C connections.
 * The service checks the token on every path (it is the owner of the data), so "direct" includes that check.
 * Usage: GatewayBench ISSUER_PORT SERVICE_URL NGINX_URL GATEWAY_URL [calls=1000] [wrkSeconds=15] [connections=16]
 */
public class GatewayBench {

    public static void main(String[] args) throws Exception {
        int issuerPort = Integer.parseInt(args[0]);
        Map<String, String> paths = new LinkedHashMap<>();
        paths.put("direct", args[1]);
        paths.put("nginx", args[2]);
        paths.put("gateway", args[3]);
        int calls = args.length > 4 ? Integer.parseInt(args[4]) : 1000;
        int wrkSeconds = args.length > 5 ? Integer.parseInt(args[5]) : 15;
        int connections = args.length > 6 ? Integer.parseInt(args[6]) : 16;

        try (BenchKit.StandInIssuer issuer = BenchKit.StandInIssuer.start(issuerPort)) {
            for (String base : paths.values()) {
                if (!base.equals(paths.get("nginx"))) {
                    BenchKit.waitUntilReady(base);
                }
            }
            String token = issuer.token("reporting-tools", "REPORTING");
            Map<String, String> endpoints = new LinkedHashMap<>();
            endpoints.put("field offices (reference list, " + BenchKit.get(paths.get("direct") + "/api/v1/field-offices", token)
                    .getBytes(StandardCharsets.UTF_8).length + " bytes)", "/api/v1/field-offices");
            endpoints.put("strength by category over 20,000 people", "/api/v1/personnel-reports/strength?groupBy=category");

            for (Map.Entry<String, String> endpoint : endpoints.entrySet()) {
                System.out.println("== " + endpoint.getKey() + ": GET " + endpoint.getValue());
                Map<String, List<Long>> samples = sequential(paths, endpoint.getValue(), token, calls);
                long directP50 = BenchKit.percentile(samples.get("direct"), 50);
                for (Map.Entry<String, List<Long>> path : samples.entrySet()) {
                    List<Long> sorted = path.getValue();
                    long p50 = BenchKit.percentile(sorted, 50);
                    System.out.printf("  sequential %-8s n=%d p50=%.2f ms p95=%.2f ms p99=%.2f ms  p50 %+.2f ms vs direct (x%.2f)%n",
                            path.getKey(), sorted.size(), p50 / 1000.0, BenchKit.percentile(sorted, 95) / 1000.0,
                            BenchKit.percentile(sorted, 99) / 1000.0, (p50 - directP50) / 1000.0, (double) p50 / directP50);
                }
                if (wrkInstalled()) {
                    double directRate = 0;
                    for (Map.Entry<String, String> path : paths.entrySet()) {
                        Wrk result = wrk(path.getValue() + endpoint.getValue(), token, wrkSeconds, connections);
                        directRate = path.getKey().equals("direct") ? result.requestsPerSecond : directRate;
                        System.out.printf("  wrk -c%d %-8s %.0f req/s (x%.2f of direct)  latency p50=%s p90=%s p99=%s  errors=%s%n",
                                connections, path.getKey(), result.requestsPerSecond, result.requestsPerSecond / directRate,
                                result.p50, result.p90, result.p99, result.errors);
                    }
                }
            }
        }
    }

    /** Rounds of calls/10 calls on each path in turn, after a warm-up of calls/5 on each. */
    static Map<String, List<Long>> sequential(Map<String, String> paths, String endpoint, String token, int calls)
            throws IOException, InterruptedException {
        for (String base : paths.values()) {
            for (int i = 0; i < Math.max(50, calls / 5); i++) {
                BenchKit.get(base + endpoint, token);
            }
        }
        Map<String, List<Long>> samples = new LinkedHashMap<>();
        paths.keySet().forEach(name -> samples.put(name, new ArrayList<>(calls)));
        int perRound = Math.max(1, calls / 10);
        for (int done = 0; done < calls; done += perRound) {
            for (Map.Entry<String, String> path : paths.entrySet()) {
                for (int i = 0; i < perRound && done + i < calls; i++) {
                    long started = System.nanoTime();
                    BenchKit.get(path.getValue() + endpoint, token);
                    samples.get(path.getKey()).add((System.nanoTime() - started) / 1_000);
                }
            }
        }
        samples.values().forEach(Collections::sort);
        return samples;
    }

    record Wrk(double requestsPerSecond, String p50, String p90, String p99, String errors) {
    }

    static boolean wrkInstalled() {
        try {
            return new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start().waitFor() >= 0;
        } catch (IOException | InterruptedException absent) {
            return false;
        }
    }

    static Wrk wrk(String url, String token, int seconds, int connections) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("wrk", "-t" + Math.min(2, connections), "-c" + connections, "-d" + seconds + "s", "--latency",
                "-H", "Authorization: Bearer " + token, url).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("wrk failed: " + output);
        }
        Matcher non2xx = Pattern.compile("Non-2xx or 3xx responses: (\\d+)").matcher(output);
        Matcher socketErrors = Pattern.compile("Socket errors: (.*)").matcher(output);
        String errors = (non2xx.find() ? non2xx.group(1) + " non-2xx" : "0 non-2xx") + (socketErrors.find() ? ", " + socketErrors.group(1) : "");
        return new Wrk(Double.parseDouble(find(output, "Requests/sec:\\s+([\\d.]+)")), find(output, "\\s50%\\s+(\\S+)"),
                find(output, "\\s90%\\s+(\\S+)"), find(output, "\\s99%\\s+(\\S+)"), errors);
    }

    static String find(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + regex + " in wrk's output:\n" + text);
        }
        return matcher.group(1);
    }
}
