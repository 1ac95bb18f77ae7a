package org.unmiss.reporting;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The quarterly reporting pack: {@code reporting-pack --quarter 2025-Q4 --out DIR} writes
 * {@code DIR/reporting-pack-2025-Q4/} with one CSV per table, {@code summary.html} and {@code manifest.json},
 * through the gateway with the services' generated clients (reporting/README.md, ADR 0068). One progress line
 * per section goes to standard error. A section that cannot be fetched does not stop the pack: it is written
 * INCOMPLETE, naming the service and the missing files, and the exit code is {@value #EXIT_INCOMPLETE}.
 */
public final class ReportingPack {

    public static final int EXIT_COMPLETE = 0;
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_INCOMPLETE = 3;

    private ReportingPack() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err, Clock.systemUTC()));
    }

    /** The whole program without {@link System#exit}: the exit code. */
    public static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream progress, Clock clock) {
        Options options;
        try {
            options = Options.parse(List.of(args), environment, LocalDate.now(clock));
        } catch (Options.HelpRequested help) {
            out.print(Options.USAGE);
            return EXIT_COMPLETE;
        } catch (Options.UsageException e) {
            progress.println("reporting-pack: " + e.getMessage());
            progress.print(Options.USAGE);
            return EXIT_USAGE;
        }
        try {
            return assemble(options, progress, clock);
        } catch (IOException e) {
            progress.println("reporting-pack: the pack could not be written to " + options.packDirectory() + ": " + e.getMessage());
            return EXIT_FAILED;
        }
    }

    static int assemble(Options options, PrintStream progress, Clock clock) throws IOException {
        Path pack = options.packDirectory();
        progress.println("Reporting pack " + options.quarter() + " (" + options.quarter().firstDay() + " to "
                + options.quarter().lastDay() + ") from " + options.gatewayBase() + " into " + pack);
        String token = null;
        String noToken = null;
        try {
            token = ClientCredentials.accessToken(options.tokenEndpoint(), options.clientId(), options.clientSecret());
        } catch (IOException e) {
            noToken = "no access token for " + options.clientId() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            noToken = "interrupted while asking Keycloak for a token";
        }
        List<Section> sections = new PackSections(options.gatewayBase(), token == null ? "" : token).forQuarter(options.quarter());
        List<SectionResult> results = new ArrayList<>();
        int number = 0;
        for (Section section : sections) {
            number++;
            String step = "[" + number + "/" + sections.size() + "] " + section.service() + " " + section.operation() + ": ";
            SectionResult result = noToken != null ? SectionResult.missing(section, noToken) : fetch(section);
            results.add(result);
            progress.println(step + (result.isMissing()
                    ? "MISSING " + String.join(", ", section.files()) + " (" + result.failure() + ")"
                    : String.join(", ", result.tables().stream().map(t -> t.file() + " " + t.rows().size() + " rows").toList())));
        }
        Manifest manifest = Manifest.of(pack.getFileName().toString(), options.quarter(),
                clock.instant().truncatedTo(ChronoUnit.SECONDS), options.gatewayBase(), results, PackSections.DOCUMENT_VERSIONS);
        write(pack, results, manifest);
        if (manifest.status() == Manifest.Status.INCOMPLETE) {
            missingByService(results).forEach((service, files) -> progress.println(
                    "INCOMPLETE: " + service + " — missing " + String.join(", ", files)));
            progress.println("Pack written INCOMPLETE to " + pack + " (manifest.json and summary.html list what is missing)");
            return EXIT_INCOMPLETE;
        }
        progress.println("Pack written COMPLETE to " + pack);
        return EXIT_COMPLETE;
    }

    private static SectionResult fetch(Section section) {
        try {
            return SectionResult.written(section, section.fetch().tables());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SectionResult.missing(section, "interrupted");
        } catch (Exception e) {
            return SectionResult.missing(section, Failures.explain(section.service(), e));
        }
    }

    /** The reason once per service, then its files: what the officer reads at the end of the run. */
    private static Map<String, List<String>> missingByService(List<SectionResult> results) {
        Map<String, List<String>> missing = new LinkedHashMap<>();
        for (SectionResult result : results) {
            if (result.isMissing()) {
                missing.computeIfAbsent(result.failure(), reason -> new ArrayList<>()).addAll(result.section().files());
            }
        }
        return missing;
    }

    /**
     * The pack's files. A folder from an earlier run is emptied of its pack files first, so a file that could
     * not be fetched this time cannot linger from the last run and pass for this quarter's.
     */
    static void write(Path pack, List<SectionResult> results, Manifest manifest) throws IOException {
        Files.createDirectories(pack);
        try (DirectoryStream<Path> earlier = Files.newDirectoryStream(pack, "{*.csv,summary.html,manifest.json}")) {
            for (Path file : earlier) {
                Files.delete(file);
            }
        }
        for (SectionResult result : results) {
            for (Table table : result.tables()) {
                Files.writeString(pack.resolve(table.file()), table.csv(), StandardCharsets.UTF_8);
            }
        }
        Files.writeString(pack.resolve("summary.html"), SummaryPage.render(manifest, results), StandardCharsets.UTF_8);
        Files.writeString(pack.resolve("manifest.json"), manifest.json(), StandardCharsets.UTF_8);
    }

}
