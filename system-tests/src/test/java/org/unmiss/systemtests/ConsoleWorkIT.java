package org.unmiss.systemtests;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The console's work area in real Chromium against the real platform (ADR 0105): a human rights case recorded end
 * to end by the Malakal officer and verified by the senior officer, each seeing exactly the moves the service
 * allows them; four eyes on an engagement report; and forms submitted with the browser's network cut, kept on the
 * device and sent exactly once when it returns.
 */
@ExtendWith(PlatformExtension.class)
// With the other scenarios, before ServiceDownIT (order 3) stops services and leaves their circuit breakers open
@Order(2)
class ConsoleWorkIT {

    private static ConsoleBrowser chromium;
    private static ApiClient gateway;

    @BeforeAll
    static void chromium() throws Exception {
        chromium = ConsoleBrowser.launch();
        gateway = new ApiClient(Platform.current().gateway());
    }

    @AfterAll
    static void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    private static BrowserContext newContext() {
        return chromium.browser().newContext(new Browser.NewContextOptions().setLocale("en-GB").setTimezoneId("UTC"));
    }

    private static Page work(BrowserContext context, String username, List<String> cspViolations) {
        Page page = ConsoleBrowser.signIn(context, username, cspViolations);
        page.locator("[data-view=work]").click();
        assertThat(page.locator("work-view nav")).isVisible();
        return page;
    }

    private static void select(Page page, String name, String value) {
        page.locator("[name=\"" + name + "\"]").selectOption(new SelectOption().setValue(value));
    }

    private static void fill(Page page, String name, String value) {
        page.locator("[name=\"" + name + "\"]").fill(value);
    }

    @Test
    void theMalakalOfficerRecordsACaseEndToEndAndTheSeniorOfficerVerifiesIt() {
        String victimName = "Synthetic Victim " + UUID.randomUUID();
        List<String> cspViolations = new ArrayList<>();
        String reference;
        try (BrowserContext context = newContext()) {
            Page page = work(context, "hr.officer.malakal", cspViolations);
            assertThat(page.locator("[data-tab=case]")).hasAttribute("aria-current", "page");
            assertThat(page.locator("[name=fieldOffice]")).hasValue("MALAKAL");

            // the service's refusal names the field, and the reason stands beside its input
            page.locator("case-form [data-submit]").click();
            assertThat(page.locator("[data-error-for=title]")).isVisible();
            assertThat(page.locator("[name=title]")).hasAttribute("aria-invalid", "true");

            fill(page, "title", "Console work scenario (synthetic)");
            fill(page, "occurredFrom.date", "2026-03-20");
            select(page, "location.state", "UPPER_NILE");
            fill(page, "location.county", "Scenario county");
            select(page, "violations[0].type", "PHYSICAL_ASSAULT");
            fill(page, "violations[0].perpetrators[0].partyCode", "SSPDF");
            select(page, "violations[0].victims[0].kind", "INDIVIDUAL");
            select(page, "violations[0].victims[0].sex", "FEMALE");
            fill(page, "violations[0].victims[0].age", "34");
            fill(page, "violations[0].victims[0].identity.name", victimName);
            page.locator("case-form [data-submit]").click();

            Locator saved = page.locator("case-view section[data-case]");
            assertThat(saved).isVisible();
            reference = saved.getAttribute("data-case");
            assertThat(reference).matches("HR-\\d{4}-\\d{6}");
            // codes after saving, never the identity typed
            assertThat(page.locator("case-view [data-victim-code]")).hasText(java.util.regex.Pattern.compile("V-[2-9A-HJ-NP-Z]{6}"));
            assertThat(saved.innerText()).doesNotContain(victimName);
            assertThat(page.locator("[name=\"violations[0].victims[0].identity.name\"]")).hasValue("");
            // the officer may only open the investigation: the outcomes are a verifier's
            assertThat(page.locator("case-view [data-transition]")).hasCount(1);
            page.locator("case-view [data-transition=UNDER_INVESTIGATION]").click();
            assertThat(page.locator("case-view [data-case-status]")).hasAttribute("data-case-status", "UNDER_INVESTIGATION");
            assertThat(page.locator("case-view [data-no-transitions]")).isVisible();
            ConsoleBrowser.screenshot(page, "hr-officer-case-recorded");
        }

        String officer = Tokens.forUser("hr.officer.malakal");
        String senior = Tokens.forUser("hr.senior");
        ApiResponse recorded = gateway.get("/api/v1/hr-cases/" + reference, officer);
        assertThat(recorded.json().get("status").asString()).isEqualTo("UNDER_INVESTIGATION");
        assertThat(recorded.json().at("/violations/0/victims/0/identityRecorded").asBoolean()).isTrue();
        assertThat(recorded.body()).doesNotContain(victimName);
        // the identity was sent once and is kept, sealed, for those who may read it on request
        assertThat(gateway.get("/api/v1/hr-cases/" + reference + "?identities=true", senior).json()
                .at("/violations/0/victims/0/identity/name").asString()).isEqualTo(victimName);

        try (BrowserContext context = newContext()) {
            Page page = work(context, "hr.senior", cspViolations);
            page.locator("[data-tab=open-case]").click();
            fill(page, "reference", reference);
            page.locator("[data-open-case]").click();
            Locator moves = page.locator("case-view [data-transition]");
            assertThat(moves).hasCount(3);
            JsonNode allowed = gateway.get("/api/v1/hr-cases/" + reference, senior).json().get("allowedTransitions");
            for (int i = 0; i < allowed.size(); i++) {
                assertThat(moves.nth(i)).hasAttribute("data-transition", allowed.get(i).asString());
            }
            select(page, "standardOfProof", "REASONABLE_GROUNDS");
            fill(page, "note", "Two independent sources (synthetic)");
            page.locator("case-view [data-transition=VERIFIED]").click();
            assertThat(page.locator("case-view [data-case-status]")).hasAttribute("data-case-status", "VERIFIED");
            ConsoleBrowser.screenshot(page, "hr-senior-case-verified");
        }
        JsonNode verified = gateway.get("/api/v1/hr-cases/" + reference, senior).json();
        assertThat(verified.get("status").asString()).isEqualTo("VERIFIED");
        JsonNode history = verified.get("history");
        assertThat(history.get(history.size() - 1).get("by").asString()).isEqualTo("hr.senior");
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void theAuthorOfAPendingEngagementSeesNoApproveButtonAndAnotherOfficerApprovesIt() {
        String civilAffairs = Tokens.forUser("civil.affairs");
        String purpose = "Four eyes scenario " + UUID.randomUUID();
        ApiResponse draft = gateway.post("/api/v1/engagements", civilAffairs, """
                {"date":"%s","place":"County headquarters","state":"JONGLEI","level":"SUBNATIONAL","fieldOffice":"BOR",
                 "purpose":"%s","interlocutors":[{"type":"WOMEN","position":"chairperson","sex":"FEMALE"}],
                 "participantsBySex":{"female":6,"male":4},"atmosphere":"NEUTRAL",
                 "keyOutcomes":"Agreement to meet again (synthetic)"}
                """.formatted(LocalDate.now().minusDays(1), purpose));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        String id = draft.json().get("id").asString();
        ApiResponse pending = gateway.send("POST", "/api/v1/engagements/" + id + "/submit", civilAffairs, null,
                Map.of("If-Match", draft.header("ETag")));
        assertThat(pending.status()).as(pending.body()).isEqualTo(200);

        List<String> cspViolations = new ArrayList<>();
        try (BrowserContext context = newContext()) {
            Page page = work(context, "civil.affairs", cspViolations);
            page.locator("[data-tab=engagement]").click();
            Locator row = page.locator("engagement-view tr[data-engagement=\"" + id + "\"]");
            assertThat(row).hasAttribute("data-status", "PENDING_APPROVAL");
            assertThat(row.locator("[data-four-eyes]")).isVisible();
            assertThat(row.locator("[data-action=approve]")).hasCount(0);
            assertThat(row.locator("[data-action=reject]")).hasCount(0);
            ConsoleBrowser.screenshot(page, "engagement-author-four-eyes");
        }
        // and the service refuses the author's approval anyway
        ApiResponse byAuthor = gateway.send("POST", "/api/v1/engagements/" + id + "/approve", civilAffairs, "{}",
                Map.of("If-Match", pending.header("ETag")));
        assertThat(byAuthor.status()).isEqualTo(403);

        try (BrowserContext context = newContext()) {
            Page page = work(context, "mission.admin", cspViolations);
            page.locator("[data-tab=engagement]").click();
            Locator row = page.locator("engagement-view tr[data-engagement=\"" + id + "\"]");
            assertThat(row.locator("[data-four-eyes]")).hasCount(0);
            row.locator("[data-action=approve]").click();
            assertThat(page.locator("engagement-view [data-notice]")).containsText(id);
        }
        JsonNode approved = gateway.get("/api/v1/engagements/" + id, civilAffairs).json();
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        JsonNode history = approved.get("history");
        assertThat(history.get(history.size() - 1).get("by").asString()).isEqualTo("mission.admin");
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void formsSubmittedWithoutANetworkAreKeptOnTheDeviceAndArriveExactlyOnceWhenItReturns() {
        // a minute no other test records an incident in, to count what arrived
        Instant occurredAt = Instant.parse("2025-01-01T00:00:00Z")
                .plus(ThreadLocalRandom.current().nextLong(0, 300 * 24 * 60), ChronoUnit.MINUTES);
        String purpose = "Offline scenario " + UUID.randomUUID();
        LocalDate engagementDate = LocalDate.now().minusDays(2);
        List<String> cspViolations = new ArrayList<>();

        try (BrowserContext unpol = newContext(); BrowserContext civil = newContext()) {
            Page incidentPage = work(unpol, "unpol.officer.bentiu", cspViolations);
            assertThat(incidentPage.locator("[data-tab=incident]")).hasAttribute("aria-current", "page");
            Page engagementPage = work(civil, "civil.affairs", cspViolations);
            engagementPage.locator("[data-tab=engagement]").click();
            // the form's map has drawn the sites (loaded while online; offline, it would place on the basemap alone)
            Locator incidentMap = incidentPage.locator("incident-form poc-map");
            assertThat(incidentMap).hasAttribute("data-sites", Pattern.compile("[1-9][0-9]*"));

            unpol.setOffline(true);
            civil.setOffline(true);

            select(incidentPage, "category", "ASSAULT");
            select(incidentPage, "severity", "MEDIUM");
            fill(incidentPage, "occurredAt", occurredAt.toString().substring(0, 16));
            // placed by a click on Bentiu's site on the map (force: the site's perimeter is drawn over its point, and
            // the click reaches the map through it all the same); the form takes the clicked position
            incidentPage.locator("incident-form poc-map path.poc-site.poc-site-BENTIU").click(new Locator.ClickOptions().setForce(true));
            assertThat(incidentMap).hasAttribute("data-picked", Pattern.compile("[0-9.]+,[0-9.]+"));
            assertThat(Double.parseDouble(incidentPage.locator("[name=latitude]").inputValue())).isCloseTo(9.298, within(0.1));
            assertThat(Double.parseDouble(incidentPage.locator("[name=longitude]").inputValue())).isCloseTo(29.7622, within(0.1));
            ConsoleBrowser.screenshot(incidentPage, "incident-placed-on-map");
            fill(incidentPage, "siteCode", "BENTIU");
            incidentPage.locator("incident-form [data-submit]").click();
            assertThat(incidentPage.locator("incident-form [data-notice]")).isVisible();

            fill(engagementPage, "date", engagementDate.toString());
            fill(engagementPage, "fieldOffice", "BOR");
            select(engagementPage, "state", "JONGLEI");
            fill(engagementPage, "place", "County headquarters");
            fill(engagementPage, "purpose", purpose);
            fill(engagementPage, "participantsBySex.female", "7");
            fill(engagementPage, "participantsBySex.male", "5");
            select(engagementPage, "interlocutors[0].type", "TRADITIONAL");
            select(engagementPage, "interlocutors[0].sex", "MALE");
            engagementPage.locator("engagement-view [data-submit]").click();
            assertThat(engagementPage.locator("engagement-view [data-notice]")).isVisible();

            for (Page page : List.of(incidentPage, engagementPage)) {
                page.locator("[data-tab=outbox]").click();
                assertThat(page.locator("outbox-view [data-connection]")).hasAttribute("data-connection", "offline");
                assertThat(page.locator("outbox-view tr[data-state=queued]")).hasCount(1);
            }
            ConsoleBrowser.screenshot(incidentPage, "outbox-queued-offline");
            assertThat(incidents(occurredAt)).isZero();

            unpol.setOffline(false);
            civil.setOffline(false);
            for (Page page : List.of(incidentPage, engagementPage)) {
                assertThat(page.locator("outbox-view tr[data-state=sent] [data-reference]")).hasCount(1);
                assertThat(page.locator("outbox-view tr[data-state=queued]")).hasCount(0);
            }
            ConsoleBrowser.screenshot(incidentPage, "outbox-sent-online");

            // another outage and return, and a reload, send nothing again
            unpol.setOffline(true);
            unpol.setOffline(false);
            incidentPage.reload();
            assertThat(incidentPage.locator("[data-identity] [data-name]")).isVisible();
            incidentPage.locator("[data-tab=outbox]").click();
            assertThat(incidentPage.locator("outbox-view tr[data-state=queued]")).hasCount(0);
            String incidentReference = incidentPage.locator("outbox-view [data-reference]").textContent();
            assertThat(gateway.get("/api/v1/security-incidents/" + incidentReference, Tokens.forUser("unpol.officer.bentiu")).status())
                    .isEqualTo(200);
        }
        assertThat(incidents(occurredAt)).isEqualTo(1);
        String civilAffairs = Tokens.forUser("civil.affairs");
        JsonNode drafts = gateway.get("/api/v1/engagements?status=DRAFT&size=200&from=" + engagementDate + "&to=" + engagementDate,
                civilAffairs).json().get("content");
        long arrived = 0;
        for (JsonNode engagement : drafts) {
            arrived += purpose.equals(engagement.get("purpose").asString()) ? 1 : 0;
        }
        assertThat(arrived).isEqualTo(1);
        assertThat(cspViolations).isEmpty();
    }

    private static long incidents(Instant occurredAt) {
        return gateway.get("/api/v1/security-incidents?siteCode=BENTIU&size=1&from=" + occurredAt + "&to="
                + occurredAt.plus(1, ChronoUnit.MINUTES), Tokens.forUser("unpol.officer.bentiu")).json().get("totalElements").asLong();
    }
}
