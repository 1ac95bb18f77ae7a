package org.unmiss.systemtests;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
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

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mission console in real Chromium (Debian's package, driven by Playwright, no browser downloaded) against the
 * real platform: people sign in through Keycloak's own login page (authorization code + PKCE), their home shows
 * what the API answers them, Arabic turns the page right to left, and signing out ends the session at Keycloak.
 * Screenshots of each home are kept in target/console-screenshots/.
 */
@ExtendWith(PlatformExtension.class)
// With the other scenarios, before ServiceDownIT (order 3) stops services and leaves their circuit breakers open
@Order(2)
class ConsoleIT {

    private static final Path SCREENSHOTS = ConsoleBrowser.SCREENSHOTS;
    private static final String CASES = "/api/v1/hr-cases";

    private static ConsoleBrowser chromium;
    private static Browser browser;
    private static ApiClient gateway;

    @BeforeAll
    static void chromiumAndTheConsolesOrigin() throws Exception {
        chromium = ConsoleBrowser.start("ConsoleIT");
        browser = chromium.browser();
        gateway = new ApiClient(Platform.current().gateway());
    }

    @AfterAll
    static void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    private static Page signIn(BrowserContext context, String username, List<String> cspViolations) {
        return ConsoleBrowser.signIn(context, username, cspViolations);
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
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
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
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("personnel-officer-home.png")).setFullPage(true));

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
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
            Page page = signIn(context, "hr.officer.malakal", cspViolations);
            assertThat(page.locator("[data-job-function]")).hasText("Human rights officer");
            assertThat(page.locator("[data-field-office]")).hasText("MALAKAL");
            assertThat(page.locator("humanrights-home h2")).hasText("Cases of MALAKAL by status");
            Locator rows = page.locator("humanrights-home tbody tr");
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
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("human-rights-officer-home.png")).setFullPage(true));

            page.locator("select[name=language]").selectOption("ar");
            assertThat(page.locator("html")).hasAttribute("dir", "rtl");
            assertThat(page.locator("html")).hasAttribute("lang", "ar");
            assertThat(page.locator("[data-sign-out]")).hasText("تسجيل الخروج");
            assertThat(page.locator("humanrights-home h2")).hasText("قضايا MALAKAL حسب الحالة");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("human-rights-officer-home-ar.png")).setFullPage(true));
        }
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void aPersonWithoutAHomeYetIsToldSoHonestly() {
        List<String> cspViolations = new ArrayList<>();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("fr-FR"))) {
            Page page = signIn(context, "gender.officer.wau", cspViolations);
            assertThat(page.locator("[data-field-office]")).hasText("WAU");
            assertThat(page.locator("[data-home=none]")).hasText("Il n'y a pas encore de page d'accueil pour votre fonction.");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("gender-officer-no-home-yet.png")).setFullPage(true));
        }
        assertThat(cspViolations).isEmpty();
    }

    private static Locator figure(Page page, String id) {
        return page.locator("personnel-home [data-figure=" + id + "] dd");
    }
}
