package org.unmiss.systemtests;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.unmiss.systemtests.ConsoleBrowser.screenshot;
import static org.unmiss.systemtests.ConsoleBrowser.signIn;

/**
 * The mission console in real Chromium (Debian's package, driven by Playwright, no browser downloaded) against the
 * real platform: people sign in through Keycloak's own login page (authorization code + PKCE), each job function's
 * home shows what the API answers them, a report downloaded from a home is the API's own file, Arabic turns the
 * page right to left, and signing out ends the session at Keycloak. Screenshots of each home are kept in
 * target/console-screenshots/.
 */
@ExtendWith(PlatformExtension.class)
// With the other scenarios, before ServiceDownIT (order 3) stops services and leaves their circuit breakers open
@Order(2)
class ConsoleIT {

    private static final String CASES = "/api/v1/hr-cases";
    private static final String AS_OF = "2025-12-31";

    private static ConsoleBrowser browser;
    private static ApiClient gateway;

    @BeforeAll
    static void chromiumAndTheConsolesOrigin() {
        gateway = new ApiClient(Platform.current().gateway());
        browser = ConsoleBrowser.launch();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aPersonnelOfficerSeesTheUnpolCompositionTheApiReportsAndCanSignOut() {
        String personnelOfficer = Tokens.forUser("personnel.officer");
        JsonNode api = gateway.get("/api/v1/personnel-reports/unpol-strength?asOf=2025-12-31", personnelOfficer).json();
        JsonNode byCategory = gateway.get("/api/v1/personnel-reports/strength?asOf=2025-12-31&groupBy=category",
                personnelOfficer).json().get("rows");
        assertThat(byCategory.size()).isPositive();
        assertThat(List.of(api.get("formedPoliceUnits").asLong(), api.get("individualPoliceOfficers").asLong(),
                api.get("corrections").asLong(), api.get("total").asLong())).containsExactly(847L, 561L, 38L, 1446L);
        List<String> cspViolations = new ArrayList<>();
        try (BrowserContext context = browser.newContext("en-GB")) {
            Page page = signIn(context, "personnel.officer", cspViolations);
            assertThat(page.locator("[data-job-function]")).hasText("Personnel officer");
            assertThat(page.locator("[data-field-office]")).hasText("HQ");
            assertThat(page.locator("[data-name]")).hasText("Demo Personnel Officer");

            assertThat(page.locator("personnel-home input[name=asOf]")).hasValue("2025-12-31");
            assertThat(figure(page, "fpu")).hasText("847");
            assertThat(figure(page, "ipo")).hasText("561");
            assertThat(figure(page, "corrections")).hasText("38");
            assertThat(figure(page, "total")).hasText("1,446");
            for (String id : List.of("fpu", "ipo", "corrections", "total")) {
                String field = Map.of("fpu", "formedPoliceUnits", "ipo", "individualPoliceOfficers",
                        "corrections", "corrections", "total", "total").get(id);
                assertThat(figure(page, id)).hasAttribute("data-value", api.get(field).asString());
            }
            Locator bars = page.locator("[data-chart=strength-by-category] g[data-category]");
            assertThat(bars).hasCount(byCategory.size());
            for (JsonNode row : byCategory) {
                assertThat(page.locator("[data-chart=strength-by-category] g[data-category=" + row.get("category").asString() + "]"))
                        .hasAttribute("data-value", row.get("count").asString());
            }
            screenshot(page, "personnel-officer-home");

            page.locator("[data-sign-out]").click();
            // Keycloak ended the session and sent the browser back: the console asks for a login again.
            assertThat(page.locator("#kc-login")).isVisible();
        }
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void aHumanRightsOfficerSeesTheirOfficesCasesByStatusAsTheApiCountsThem() {
        String officer = Tokens.forUser("hr.officer.malakal");
        ApiResponse recorded = gateway.post(CASES, officer, """
                {"title": "Console scenario", "narrative": "Synthetic case for the console's home.",
                 "fieldOffice": "MALAKAL", "occurredFrom": {"date": "2026-03-12", "precision": "EXACT"},
                 "location": {"state": "UPPER_NILE", "county": "Scenario county"},
                 "violations": [{"type": "ATTACK_ON_SCHOOL", "perpetrators": [{"partyCode": "SSPDF"}]}]}
                """);
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);

        List<String> cspViolations = new ArrayList<>();
        try (BrowserContext context = browser.newContext("en-GB")) {
            Page page = signIn(context, "hr.officer.malakal", cspViolations);
            assertThat(page.locator("[data-job-function]")).hasText("Human rights officer");
            assertThat(page.locator("[data-field-office]")).hasText("MALAKAL");
            assertThat(page.locator("humanrights-home h2")).hasText("Cases of MALAKAL by status");
            Locator rows = page.locator("humanrights-home table[data-home=humanrights] tbody tr");
            assertThat(rows).hasCount(7);

            long total = 0;
            for (String status : List.of("RECEIVED", "UNDER_INVESTIGATION", "VERIFIED", "NOT_VERIFIED",
                    "FOUND_NOT_TO_HAVE_OCCURRED", "REPORTED", "CLOSED")) {
                long counted = gateway.get(CASES + "?fieldOffice=MALAKAL&size=1&status=" + status, officer)
                        .json().get("totalElements").asLong();
                total += counted;
                Locator row = page.locator("humanrights-home tr[data-status=" + status + "]");
                assertThat(row).hasAttribute("data-value", String.valueOf(counted));
                assertThat(row.locator("td")).hasText(String.format(java.util.Locale.UK, "%,d", counted));
            }
            assertThat(total).isPositive();
            assertThat(page.locator("humanrights-home tr[data-status=total] td")).hasText(String.format(java.util.Locale.UK, "%,d", total));
            assertThat(page.locator("humanrights-quarterly [data-panel=quarterly]")).hasAttribute("data-quarter", "2025-Q4");
            JsonNode brief = gateway.get("/api/v1/hr-reports/quarterly-brief?quarter=2025-Q4", officer).json();
            for (String figure : List.of("cases", "violations", "victims", "lateVerifications", "hateSpeechIncidents")) {
                assertThat(page.locator("humanrights-quarterly tr[data-figure=" + figure + "]"))
                        .hasAttribute("data-value", brief.get(figure).asString());
            }
            assertThat(page.locator("humanrights-quarterly tr[data-figure=cases] td"))
                    .hasText(String.format(Locale.UK, "%,d", brief.get("cases").asLong()));
            assertThat(page.locator("humanrights-quarterly [data-figures=by-type] tbody tr")).hasCount(brief.get("byType").size());
            assertThat(page.locator("my-tasks [data-panel=my-tasks] span[data-source=hr-assigned]")).isVisible();
            screenshot(page, "human-rights-officer-home");

            page.locator("select[name=language]").selectOption("ar");
            assertThat(page.locator("html")).hasAttribute("dir", "rtl");
            assertThat(page.locator("html")).hasAttribute("lang", "ar");
            assertThat(page.locator("[data-sign-out]")).hasText("تسجيل الخروج");
            assertThat(page.locator("humanrights-home h2")).hasText("قضايا MALAKAL حسب الحالة");
            screenshot(page, "human-rights-officer-home-ar");
        }
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void aPersonWithoutAHomeIsToldSoHonestlyAndHasNoTasks() {
        List<String> cspViolations = new ArrayList<>();
        try (BrowserContext context = browser.newContext("fr-FR")) {
            Page page = signIn(context, "partner.liaison", cspViolations);
            assertThat(page.locator("[data-field-office]")).hasText("HQ");
            assertThat(page.locator("[data-home=none]")).hasText("Il n'y a pas encore de page d'accueil pour votre fonction.");
            assertThat(page.locator("my-tasks [data-empty]")).hasText("Rien ne vous attend.");
            screenshot(page, "partner-no-home");
        }
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void aGenderOfficerSeesParityAgainstTargetsAsTheApiAnswersAndDownloadsItsCsv() throws IOException {
        String officer = Tokens.forUser("gender.officer.wau");
        List<String> cspViolations = new ArrayList<>();
        try (BrowserContext context = browser.newContext("en-GB")) {
            Page page = signIn(context, "gender.officer.wau", cspViolations);
            assertThat(page.locator("[data-job-function]")).hasText("Gender officer");
            Locator panel = page.locator("gender-home [data-panel=parity]");
            assertThat(panel).hasAttribute("data-freshness", "fresh");
            JsonNode parity = gateway.get("/api/v1/gender-reports/parity?asOf=" + AS_OF, officer).json();
            assertThat(parity.get("stale").asBoolean()).isFalse();
            assertThat(parity.get("byCategory").size()).isPositive();
            assertParityLines(page, "category", parity.get("byCategory"));
            assertParityLines(page, "country", parity.get("byCountry"));
            assertThat(page.locator("gender-home p[data-total]")).hasAttribute("data-total", parity.get("total").asString());
            // Overdue action points come from gender-service's own list
            long overdue = gateway.get("/api/v1/gender-activities/action-points?overdue=true&size=100", officer).json().get("content").size();
            assertThat(page.locator("my-tasks span[data-source=action-points-overdue]")).hasAttribute("data-count", String.valueOf(overdue));
            assertThat(page.locator("my-tasks tr[data-task-kind=action-point-overdue]")).hasCount((int) overdue);
            screenshot(page, "gender-officer-home");

            Download download = page.waitForDownload(() ->
                    page.locator("gender-home download-buttons[data-report=gender-parity] button[data-download=csv]").click());
            assertThat(download.suggestedFilename()).isEqualTo("gender-parity_2025-12-31.csv");
            ApiResponse csv = gateway.send("GET", "/api/v1/gender-reports/parity?asOf=" + AS_OF, officer, null, Map.of("Accept", "text/csv"));
            assertThat(csv.status()).isEqualTo(200);
            // Each fresh answer is stamped with the time it was fetched (the third column); every other cell is the API's
            assertThat(withoutColumn(Files.readString(download.path()), 2)).isEqualTo(withoutColumn(csv.body(), 2)).hasSizeGreaterThan(2);
        }
        assertThat(cspViolations).isEmpty();
    }

    /** Every line of one of the parity tables carries the API's women, men and total for its key. */
    static void assertParityLines(Page page, String dimension, JsonNode lines) {
        assertThat(page.locator("gender-home table[data-parity=" + dimension + "] tbody tr")).hasCount(lines.size());
        for (JsonNode line : lines) {
            String key = dimension.equals("country") ? line.get("country").asString()
                    : line.get("subCategory").isNull() ? line.get("category").asString()
                    : line.get("category").asString() + "/" + line.get("subCategory").asString();
            Locator row = page.locator("gender-home table[data-parity=" + dimension + "] tr[data-key=\"" + key + "\"]");
            assertThat(row).hasAttribute("data-female", line.get("female").asString());
            assertThat(row).hasAttribute("data-male", line.get("male").asString());
            assertThat(row).hasAttribute("data-total", line.get("total").asString());
        }
    }

    private static List<String> withoutColumn(String csv, int column) {
        return csv.lines().map(line -> {
            List<String> cells = new ArrayList<>(List.of(line.split(",", -1)));
            if (cells.size() > column) {
                cells.remove(column);
            }
            return String.join(",", cells);
        }).toList();
    }

    @Test
    void aPocOfficerSeesTheSitesMapTheLastMonthsIncidentsAndThePopulationTrendAsTheApiAnswers() throws IOException {
        String officer = Tokens.forUser("unpol.officer.bentiu");
        JsonNode sites = gateway.get("/api/v1/poc-sites/export.geojson", officer).json().get("features");
        Map<String, Integer> parts = new HashMap<>();
        sites.forEach(feature -> parts.merge(feature.at("/properties/part").asString(), 1, Integer::sum));
        assertThat(parts.getOrDefault("perimeter", 0)).isPositive();
        List<String> cspViolations = new ArrayList<>();
        try (BrowserContext context = browser.newContext("en-GB")) {
            Page page = signIn(context, "unpol.officer.bentiu", cspViolations);
            assertThat(page.locator("[data-job-function]")).hasText("UNPOL officer");
            Locator map = page.locator("poc-home poc-map");
            assertThat(map).hasAttribute("data-ready", "true");
            assertThat(map).hasAttribute("data-sites", String.valueOf(parts.getOrDefault("site", 0)));
            assertThat(map).hasAttribute("data-perimeters", String.valueOf(parts.get("perimeter")));
            assertThat(map).hasAttribute("data-zones", String.valueOf(parts.getOrDefault("weapons-free-zone", 0)));
            // Drawn as SVG paths from the platform's GeoJSON over the built-in country outlines: no tile was asked for
            assertThat(map.locator("path.poc-perimeter")).hasCount(parts.get("perimeter"));
            assertThat(map.locator("path.poc-weapons-free-zone")).hasCount(parts.getOrDefault("weapons-free-zone", 0));
            assertThat(map.locator("path.basemap-country").first()).isAttached();
            assertThat(map.locator("img")).hasCount(0);

            Locator incidentsPanel = page.locator("poc-home [data-panel=incidents]");
            assertThat(incidentsPanel).hasAttribute("data-count", java.util.regex.Pattern.compile("\\d+"));
            String from = incidentsPanel.getAttribute("data-from");
            JsonNode incidents = gateway.get("/api/v1/security-incidents/export.geojson?from=" + from, officer).json().get("features");
            long breaches = 0;
            for (JsonNode incident : incidents) {
                boolean breach = incident.at("/properties/weaponsFreeZoneBreach").asBoolean();
                breaches += breach ? 1 : 0;
                assertThat(incidentsPanel.locator("tr[data-incident=\"" + incident.get("id").asString() + "\"]"))
                        .hasAttribute("data-breach", String.valueOf(breach));
            }
            assertThat(incidentsPanel).hasAttribute("data-count", String.valueOf(incidents.size()));
            assertThat(incidentsPanel).hasAttribute("data-breaches", String.valueOf(breaches));
            assertThat(map).hasAttribute("data-incidents", String.valueOf(incidents.size()));
            assertThat(map.locator("path.poc-breach")).hasCount((int) breaches);

            JsonNode trend = gateway.get("/api/v1/poc-sites/reports/population-trend", officer).json().get("rows");
            assertThat(trend.size()).isPositive();
            Map<String, JsonNode> latest = new HashMap<>();
            trend.forEach(row -> latest.merge(row.get("siteCode").asString(), row,
                    (a, b) -> a.get("asOf").asString().compareTo(b.get("asOf").asString()) >= 0 ? a : b));
            assertThat(page.locator("poc-home [data-panel=population-trend]")).hasAttribute("data-rows", String.valueOf(trend.size()));
            assertThat(page.locator("poc-home polyline[data-site]")).hasCount(latest.size());
            latest.forEach((site, row) -> assertThat(page.locator("poc-home polyline[data-site=\"" + site + "\"]"))
                    .hasAttribute("data-latest", row.get("total").asString()));
            screenshot(page, "poc-officer-home");

            Download csv = page.waitForDownload(() ->
                    page.locator("poc-home download-buttons[data-report=population-trend] button[data-download=csv]").click());
            ApiResponse apiCsv = gateway.send("GET", "/api/v1/poc-sites/reports/population-trend.csv", officer, null, Map.of());
            assertThat(Files.readString(csv.path())).isEqualTo(apiCsv.body());
            assertThat(apiCsv.body().lines().count()).isEqualTo(trend.size() + 1L); // a header and the API's rows
            Download hxl = page.waitForDownload(() ->
                    page.locator("poc-home download-buttons[data-report=population-trend] button[data-download=hxl]").click());
            assertThat(hxl.suggestedFilename()).isEqualTo("poc-population-trend.hxl.csv");
            assertThat(Files.readString(hxl.path())).contains("#population+f");
            Download layers = page.waitForDownload(() ->
                    page.locator("poc-home download-buttons[data-report=poc-sites] button[data-download=geojson]").click());
            assertThat(layers.suggestedFilename()).isEqualTo("poc-sites.geojson");
            JsonNode saved = tools.jackson.databind.json.JsonMapper.builder().build().readTree(Files.readString(layers.path()));
            assertThat(saved.get("type").asString()).isEqualTo("FeatureCollection");
            assertThat(saved.get("features").size()).isEqualTo(sites.size());
        }
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void aCivilAffairsOfficerSeesTheirEngagementsAwaitingActionAndTheMatrixAsTheApiAnswers() throws IOException {
        String officer = Tokens.forUser("civil.affairs");
        List<String> awaiting = new ArrayList<>();
        for (String status : List.of("DRAFT", "REJECTED")) {
            gateway.get("/api/v1/engagements?size=100&status=" + status, officer).json().get("content").forEach(e -> {
                if ("civil.affairs".equals(e.get("author").asString())) {
                    awaiting.add(e.get("id").asString());
                }
            });
        }
        assertThat(awaiting).isNotEmpty();
        JsonNode matrix = gateway.get("/api/v1/agreement-chapters/implementation?asOf=" + AS_OF, officer).json();
        assertThat(matrix.get("chapters").size()).isPositive();
        List<String> cspViolations = new ArrayList<>();
        try (BrowserContext context = browser.newContext("en-GB")) {
            Page page = signIn(context, "civil.affairs", cspViolations);
            assertThat(page.locator("[data-job-function]")).hasText("Civil affairs officer");
            Locator engagements = page.locator("civil-affairs-home [data-panel=engagements-awaiting]");
            assertThat(engagements).hasAttribute("data-count", String.valueOf(awaiting.size()));
            for (String id : awaiting) {
                assertThat(engagements.locator("tr[data-engagement=\"" + id + "\"]")).hasCount(1);
            }
            Locator panel = page.locator("civil-affairs-home [data-panel=implementation-matrix]");
            assertThat(panel).hasAttribute("data-as-of", AS_OF);
            for (JsonNode chapter : matrix.get("chapters")) {
                Locator row = panel.locator("tr[data-chapter=\"" + chapter.get("chapter").asString() + "\"]");
                assertThat(row).hasAttribute("data-total", chapter.get("total").asString());
                chapter.get("byStatus").properties().forEach(entry ->
                        assertThat(row.locator("td[data-status=" + entry.getKey() + "]")).hasAttribute("data-value", entry.getValue().asString()));
            }
            long overdue = gateway.get("/api/v1/engagements/reports/overdue-next-steps?size=100", officer).json().get("content").size();
            assertThat(page.locator("my-tasks span[data-source=next-steps-overdue]")).hasAttribute("data-count", String.valueOf(overdue));
            assertThat(page.locator("my-tasks span[data-source=engagements-mine]")).hasAttribute("data-count", String.valueOf(awaiting.size()));
            screenshot(page, "civil-affairs-officer-home");

            Download download = page.waitForDownload(() ->
                    panel.locator("download-buttons button[data-download=csv]").click());
            assertThat(download.suggestedFilename()).isEqualTo("r-arcss-implementation_2025-12-31.csv");
            ApiResponse csv = gateway.send("GET", "/api/v1/agreement-chapters/implementation?asOf=" + AS_OF, officer, null,
                    Map.of("Accept", "text/csv"));
            assertThat(csv.contentType()).startsWith("text/csv");
            assertThat(Files.readString(download.path())).isEqualTo(csv.body());
        }
        assertThat(cspViolations).isEmpty();
    }

    private static Locator figure(Page page, String id) {
        return page.locator("personnel-home [data-figure=" + id + "] dd");
    }
}
