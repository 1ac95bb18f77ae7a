package org.unmiss.systemtests;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.reporting.ReportingPack;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Runs last: it stops services. Services that depend on a stopped one answer in a marked, degraded
 * way instead of failing; the gateway answers promptly for the stopped service; the others carry on.
 */
@ExtendWith(PlatformExtension.class)
@Order(3)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServiceDownIT {

    private final ApiClient gateway = new ApiClient(Platform.current().gateway());

    @Test
    @Order(1)
    void whilePersonnelIsDownItsDependantsDegradeVisibly() {
        String reporting = Tokens.forClient("reporting-tools", "reporting-tools-dev-secret");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        // A fresh parity view first, so gender-service holds a snapshot (GenderScenariosIT made one too).
        assertThat(gateway.get("/api/v1/gender-reports/parity?asOf=" + today, reporting).status()).isEqualTo(200);

        Platform.current().stop("personnel-service");

        ApiResponse parity = gateway.get("/api/v1/gender-reports/parity?asOf=" + today, reporting);
        assertThat(parity.status()).as(parity.body()).isEqualTo(200);
        assertThat(parity.json().get("stale").asBoolean()).as("marked stale, not silently old").isTrue();
        assertThat(parity.json().get("fetchedAt").asString()).isNotBlank();

        ApiResponse engagement = gateway.post("/api/v1/engagements", Tokens.forUser("civil.affairs"), """
                {"date": "%s", "place": "County headquarters", "state": "JONGLEI", "level": "SUBNATIONAL",
                 "fieldOffice": "BOR", "purpose": "Dialogue on cattle-related violence",
                 "interlocutors": [{"type": "TRADITIONAL", "sex": "MALE"}],
                 "missionParticipants": ["UN-000001"], "participantsBySex": {"female": 2, "male": 5}}
                """.formatted(LocalDate.now(ZoneOffset.UTC).minusDays(1)));
        assertThat(engagement.status()).as(engagement.body()).isEqualTo(201);
        assertThat(engagement.json().get("participantsVerified").asBoolean())
                .as("accepted with an unverified reference, to be checked later").isFalse();

        EdgeSecurityIT.assertProblem(gateway.get("/api/v1/field-offices", Tokens.forUser("personnel.officer")), 503);
    }

    @Test
    @Order(2)
    void whilePersonnelIsDownTheConsolesParityPanelIsMarkedStaleWhileTheRestWorks() {
        String officer = Tokens.forUser("gender.officer.wau");
        // Figures for the day while personnel-service still answers (stopped already by the test before, the last
        // snapshot answers), then personnel-service is down: this test also runs alone
        gateway.get("/api/v1/gender-reports/parity?asOf=2025-12-31", officer);
        Platform.current().stop("personnel-service");
        JsonNode parity = gateway.get("/api/v1/gender-reports/parity?asOf=2025-12-31", officer).json();
        assertThat(parity.get("stale").asBoolean()).isTrue();

        List<String> cspViolations = new ArrayList<>();
        try (ConsoleBrowser browser = ConsoleBrowser.launch(); BrowserContext context = browser.newContext("en-GB")) {
            Page page = ConsoleBrowser.signIn(context, "gender.officer.wau", cspViolations);
            Locator panel = page.locator("gender-home [data-panel=parity]");
            assertThat(panel).hasAttribute("data-freshness", "stale");
            assertThat(panel.locator("[data-mark=stale]")).containsText("Stale");
            assertThat(panel.locator("[data-mark=stale]")).containsText(parity.get("staleReason").asString());
            // The kept figures are still shown, marked, as gender-service answers them
            ConsoleIT.assertParityLines(page, "category", parity.get("byCategory"));
            // The rest of the page works: gender-service's own action points, the header
            assertThat(page.locator("my-tasks span[data-source=action-points-overdue]")).isVisible();
            assertThat(page.locator("my-tasks [data-unavailable]")).hasCount(0);
            assertThat(page.locator("[data-field-office]")).hasText("WAU");
            ConsoleBrowser.screenshot(page, "gender-officer-home-personnel-down");
        }
        assertThat(cspViolations).isEmpty();
    }

    @Test
    @Order(3)
    void whilePersonnelIsDownTheReportingPackIsIncompleteAndNamesWhatIsMissing() throws IOException {
        Platform.current().stop("personnel-service"); // already stopped by the test before: this one also runs alone
        ReportingPackIT.releaseTheQuarter(); // the pack's human rights figures come from the released quarter (ADR 0098)

        ReportingPackIT.Run run = ReportingPackIT.runPack(Path.of("target/personnel-down"));

        assertThat(run.exit()).as(run.progress()).isEqualTo(ReportingPack.EXIT_INCOMPLETE);
        List<String> personnelFiles = List.of("personnel-strength-by-category.csv", "personnel-ceilings.csv",
                "unpol-composition.csv", "gender-parity-by-category.csv", "gender-parity-by-country.csv");
        JsonNode manifest = run.manifest();
        assertThat(manifest.get("status").asString()).isEqualTo("INCOMPLETE");
        List<String> missing = new ArrayList<>();
        manifest.get("missing").forEach(entry -> {
            missing.add(entry.get("file").asString());
            assertThat(entry.get("service").asString()).isEqualTo("personnel-service");
            assertThat(entry.get("reason").asString()).contains("personnel-service unreachable");
        });
        assertThat(missing).containsExactlyInAnyOrderElementsOf(personnelFiles);
        assertThat(manifest.at("/services/personnel-service/answered").asBoolean()).isFalse();
        personnelFiles.forEach(file -> assertThat(run.pack().resolve(file)).doesNotExist());
        assertThat(run.pack().resolve("hr-brief-by-type.csv")).exists();
        assertThat(run.pack().resolve("poc-population-trend.hxl.csv")).exists();
        assertThat(run.progress()).contains("INCOMPLETE: personnel-service unreachable").contains("unpol-composition.csv");
        assertThat(Files.readString(run.pack().resolve("summary.html")))
                .contains("INCOMPLETE", "Missing from this pack", "gender-parity-by-country.csv");
    }

    @Test
    @Order(4)
    void anSgbvReferralSurvivesHumanRightsBeingDown() {
        String officer = Tokens.forUser("unpol.officer.bentiu");
        Platform.current().stop("humanrights-service");

        ApiResponse incident = gateway.post("/api/v1/security-incidents", officer, PocSiteScenariosIT.incident("SGBV", false));
        assertThat(incident.status()).as(incident.body()).isEqualTo(201);
        String path = "/api/v1/security-incidents/" + incident.json().get("reference").asString();
        ApiResponse referred = gateway.post(path + "/hr-referral", officer,
                "{\"survivorConsent\": true, \"consentNote\": \"Consent recorded by the officer\"}");
        assertThat(referred.status()).as(referred.body()).isEqualTo(202);
        assertThat(gateway.get(path, officer).json().at("/referral/status").asString()).isEqualTo("PENDING");

        Platform.current().startStopped();

        // Retried in the background with poc-site-service's own client until humanrights-service takes it.
        JsonNode referral = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(2))
                .until(() -> gateway.get(path, officer).json().get("referral"),
                        r -> "SENT".equals(r.get("status").asString()));
        assertThat(referral.get("caseReference").asString()).startsWith("HR-");
        assertThat(referral.get("attempts").asInt()).isGreaterThan(1);
    }

    @Test
    @Order(5)
    void aStoppedServiceGivesAProblemWithRetryAfterWithinTheTimeout() {
        String token = Tokens.forUser("gender.officer.wau");
        assertThat(gateway.get("/api/v1/wps-pillars", token).status()).isEqualTo(200);

        Platform.current().stop("gender-service");

        long started = System.nanoTime();
        ApiResponse response = gateway.get("/api/v1/wps-pillars", token);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        EdgeSecurityIT.assertProblem(response, 503);
        assertThat(response.header("Retry-After")).isNotBlank();
        assertThat(took).isLessThan(Duration.ofSeconds(Platform.GATEWAY_TIMEOUT_SECONDS));

        ApiResponse others = gateway.get("/api/v1/agreement-chapters", Tokens.forUser("civil.affairs"));
        assertThat(others.status()).as("other services are unaffected").isEqualTo(200);

        // In the console, the parts gender-service serves say they are unavailable; the page itself still works
        List<String> cspViolations = new ArrayList<>();
        try (ConsoleBrowser browser = ConsoleBrowser.launch(); BrowserContext context = browser.newContext("en-GB")) {
            Page page = ConsoleBrowser.signIn(context, "gender.officer.wau", cspViolations);
            assertThat(page.locator("gender-home [data-unavailable=parity]")).hasAttribute("data-status", "503");
            assertThat(page.locator("my-tasks [data-unavailable=action-points-overdue]")).hasAttribute("data-status", "503");
            assertThat(page.locator("[data-job-function]")).hasText("Gender officer");
            ConsoleBrowser.screenshot(page, "gender-officer-home-gender-down");
        }
        assertThat(cspViolations).isEmpty();
    }
}
