package org.unmiss.systemtests;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.reporting.ReportingPack;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reporting tool (issue 15, item 5) run as a reporting officer runs it, against the real platform, for
 * 2025-Q4; its files are checked against the services' own answers, fetched here independently with plain HTTP.
 * The pack is kept in system-tests/target/reporting-pack-2025-Q4/ to look at.
 */
@ExtendWith(PlatformExtension.class)
@Order(2)
class ReportingPackIT {

    static final String REPORTING_SECRET = "reporting-tools-dev-secret";
    private static final String AS_OF = "2025-12-31";

    private final ApiClient gateway = new ApiClient(Platform.current().gateway());

    /**
     * Partners and reporting tools get released quarters only (ADR 0098): the senior officer releases 2025-Q4 first, as
     * the mission would before the pack is run (a 409 says an earlier run on this platform released it already).
     */
    @BeforeAll
    static void releaseTheQuarter() {
        ApiResponse released = new ApiClient(Platform.current().gateway()).post("/api/v1/hr-reports/releases",
                Tokens.forUser("hr.senior"), "{\"quarter\": \"2025-Q4\"}");
        assertThat(released.status()).as(released.body()).isIn(201, 409);
    }

    /** What one run of the tool gave: its exit code, its progress lines and its folder. */
    record Run(int exit, String progress, Path pack) {

        JsonNode manifest() throws IOException {
            return JsonMapper.builder().build().readTree(Files.readString(pack.resolve("manifest.json")));
        }

        List<CSVRecord> csv(String file) throws IOException {
            try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(Files.readString(pack.resolve(file), StandardCharsets.UTF_8)))) {
                return parser.getRecords();
            }
        }
    }

    /** Runs the tool in-process for 2025-Q4 into {@code out}, the secret from the environment as documented. */
    static Run runPack(Path out) {
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        int exit = ReportingPack.run(new String[]{"--gateway", Platform.current().gateway(), "--keycloak",
                        Platform.current().keycloak(), "--quarter", "2025-Q4", "--out", out.toString()},
                Map.of("REPORTING_CLIENT_SECRET", REPORTING_SECRET), System.out,
                new PrintStream(progress, true, StandardCharsets.UTF_8), Clock.systemUTC());
        String lines = progress.toString(StandardCharsets.UTF_8);
        System.out.println(lines);
        return new Run(exit, lines, out.resolve("reporting-pack-2025-Q4"));
    }

    @Test
    void theQuarterlyPackAgreesWithTheServicesOwnFigures() throws IOException {
        Run run = runPack(Path.of("target"));
        assertThat(run.exit()).as(run.progress()).isEqualTo(ReportingPack.EXIT_COMPLETE);
        String reporting = Tokens.forClient("reporting-tools", REPORTING_SECRET);

        JsonNode manifest = run.manifest();
        assertThat(manifest.get("status").asString()).isEqualTo("COMPLETE");
        assertThat(manifest.get("period").asString()).isEqualTo("2025-Q4");
        assertThat(manifest.get("asOf").asString()).isEqualTo(AS_OF);
        assertThat(manifest.get("missing").isEmpty()).isTrue();
        assertThat(manifest.at("/services/personnel-service/documentVersion").asString()).isEqualTo(
                gateway.get("/v3/api-docs/personnel", reporting).json().at("/info/version").asString());
        List<String> operations = new ArrayList<>();
        manifest.get("sections").forEach(section -> operations.add(section.get("operation").asString()));
        assertThat(operations).contains("unpolStrength", "humanRightsReportsQuarterlyBrief", "ceasefireSummarySummary");
        assertThat(run.progress().lines().filter(line -> line.startsWith("["))).hasSize(11);

        // UNPOL 1,446 = 847 + 561 + 38 as of 2025-12-31, as the service itself says.
        JsonNode unpol = gateway.get("/api/v1/personnel-reports/unpol-strength?asOf=" + AS_OF, reporting).json();
        CSVRecord mission = last(run.csv("unpol-composition.csv"));
        assertThat(mission.get("field_office")).isEqualTo("ALL");
        assertThat(mission.get("formed_police_units")).isEqualTo("847").isEqualTo(unpol.get("formedPoliceUnits").asString());
        assertThat(mission.get("individual_police_officers")).isEqualTo("561").isEqualTo(unpol.get("individualPoliceOfficers").asString());
        assertThat(mission.get("corrections")).isEqualTo("38").isEqualTo(unpol.get("corrections").asString());
        assertThat(mission.get("total")).isEqualTo("1446").isEqualTo(unpol.get("total").asString());

        JsonNode strength = gateway.get("/api/v1/personnel-reports/strength?asOf=" + AS_OF + "&groupBy=category", reporting).json();
        assertThat(run.csv("personnel-strength-by-category.csv").stream().mapToLong(r -> Long.parseLong(r.get("count"))).sum())
                .isEqualTo(strength.get("total").asLong());
        assertThat(run.csv("personnel-ceilings.csv").get(0).get("authorised"))
                .isEqualTo(strength.at("/ceilings/0/authorised").asString());

        // The human rights brief's violation total, and its by-type table adding up to it.
        JsonNode brief = gateway.get("/api/v1/hr-reports/quarterly-brief?quarter=2025-Q4", reporting).json();
        CSVRecord violations = run.csv("hr-brief-totals.csv").stream().filter(r -> r.get("figure").equals("violations"))
                .findFirst().orElseThrow();
        assertThat(violations.get("value")).isEqualTo(brief.get("violations").asString());
        assertThat(run.csv("hr-brief-by-type.csv").stream().mapToLong(r -> Long.parseLong(r.get("violations"))).sum())
                .isEqualTo(brief.get("violations").asLong());

        // Humanitarian tables carry the HXL hashtag row, and as many rows as the service's report.
        List<CSVRecord> population = run.csv("poc-population-trend.hxl.csv");
        assertThat(population.get(0).get("site")).isEqualTo("#loc+code");
        assertThat(population.get(0).get("population")).isEqualTo("#population+total");
        JsonNode trend = gateway.get("/api/v1/poc-sites/reports/population-trend?from=2025-10-01&to=" + AS_OF, reporting).json();
        assertThat(population).hasSize(trend.get("rows").size() + 1);
        assertThat(run.csv("poc-incidents-per-month.hxl.csv").get(0).get("incidents")).isEqualTo("#event+num");

        JsonNode byType = gateway.get("/api/v1/ceasefire/summary?groupBy=TYPE&from=2025-10-01&to=" + AS_OF, reporting).json();
        assertThat(run.csv("peace-ceasefire-by-type.csv")).hasSize(byType.size());

        String summary = Files.readString(run.pack().resolve("summary.html"));
        assertThat(summary).contains("COMPLETE", "<svg", "unpol-composition.csv").doesNotContain("<script", "http-equiv");
    }

    private static CSVRecord last(List<CSVRecord> records) {
        assertThat(records).isNotEmpty();
        return records.get(records.size() - 1);
    }
}
