package org.unmiss.humanrights.hrcase;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.unmiss.humanrights.HrFixtures.admin;
import static org.unmiss.humanrights.HrFixtures.caseBody;
import static org.unmiss.humanrights.HrFixtures.officer;
import static org.unmiss.humanrights.HrFixtures.uniqueName;

/**
 * Citing PoC-site incidents against a real HTTP server standing in for poc-site-service (and the
 * identity server's token endpoint): a known incident is verified, an unknown one refuses the case
 * naming the field, and while the service is down the case is saved with the citation unverified,
 * which the background check clears, as the platform's own client, once the service is back.
 */
@ServiceTest
class PocIncidentCitationTest {

    static final PocSiteStub POC_SITE = PocSiteStub.start();
    static final AtomicInteger INCIDENTS = new AtomicInteger();

    @DynamicPropertySource
    static void pocSiteService(DynamicPropertyRegistry registry) {
        registry.add("unmiss.clients.poc-site.url", POC_SITE::url);
        registry.add("unmiss.clients.service-account.token-uri", POC_SITE.server::tokenUri);
    }

    @AfterAll
    static void stop() {
        POC_SITE.server.close();
    }

    @Autowired
    ApiClient api;
    @Autowired
    TestIssuer issuer;

    @BeforeEach
    void reset() {
        POC_SITE.server.healthy();
        POC_SITE.server.forget();
    }

    /** A reference poc-site-service knows, unique per test (the store is shared). */
    private static String knownIncident() {
        String reference = "SI-2026-" + String.format("%06d", 100000 + INCIDENTS.incrementAndGet());
        POC_SITE.add(reference, "MALAKAL", "ARMED_ATTACK", "2026-03-01T10:00:00Z");
        return reference;
    }

    private static String citing(String... references) {
        return caseBody("MALAKAL", "2026-03-01", uniqueName()).replaceFirst("\\{",
                "{\"pocIncidentReferences\": [" + String.join(",", List.of(references).stream().map(r -> "\"" + r + "\"").toList()) + "], ");
    }

    @Test
    void aKnownIncidentIsCitedVerifiedAsTheCallingOfficer() {
        String incident = knownIncident();
        String token = officer(issuer);
        ApiResponse created = api.post("/api/v1/hr-cases", token, citing(incident));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode citation = created.json().get("pocIncidents").get(0);
        assertThat(citation.get("reference").asString()).isEqualTo(incident);
        assertThat(citation.get("verified").asBoolean()).isTrue();
        assertThat(POC_SITE.authorizations()).containsExactly("Bearer " + token);
    }

    @Test
    void anIncidentPocSiteServiceDoesNotKnowRefusesTheCaseNamingTheField() {
        ApiResponse refused = api.post("/api/v1/hr-cases", officer(issuer), citing(knownIncident(), "SI-2026-999999"));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("pocIncidentReferences[1]");
        assertThat(refused.body()).contains("no such incident");

        ApiResponse malformed = api.post("/api/v1/hr-cases", officer(issuer), citing("INC-42"));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("errors").findValuesAsString("field").get(0)).startsWith("pocIncidentReferences");
    }

    @Test
    void whilePocSiteServiceIsDownTheCaseIsSavedUnverifiedAndTheBackgroundCheckClearsTheMark() {
        String incident = knownIncident();
        POC_SITE.server.failWith(503);
        ApiResponse created = api.post("/api/v1/hr-cases", officer(issuer), citing(incident));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String reference = created.json().get("reference").asString();
        JsonNode citation = created.json().get("pocIncidents").get(0);
        assertThat(citation.get("verified").asBoolean()).isFalse();
        assertThat(citation.get("note").asString()).contains("503");

        POC_SITE.server.healthy();
        await().atMost(Duration.ofSeconds(15)).until(() -> api.get("/api/v1/hr-cases/" + reference, officer(issuer)).json()
                .get("pocIncidents").get(0).get("verified").asBoolean());
        // re-checked in the background, where no user is present: as the platform's own client
        assertThat(POC_SITE.authorizations()).contains("Bearer service-account-token");
        JsonNode audit = api.get("/api/v1/hr-audit/events?action=POC_INCIDENT_CONFIRMED&caseReference=" + reference,
                admin(issuer)).json();
        assertThat(audit.get("totalElements").asInt()).isEqualTo(1);
    }

    @Test
    void theBackgroundCheckAppliesTheCaseOfficesScopeNotTheServiceAccountsHeadquartersScope() {
        String own = knownIncident();
        String otherOffice = "SI-2026-" + String.format("%06d", 100000 + INCIDENTS.incrementAndGet());
        POC_SITE.add(otherOffice, "BENTIU", "ARMED_ATTACK", "2026-03-01T10:00:00Z");
        POC_SITE.server.failWith(503);
        ApiResponse created = api.post("/api/v1/hr-cases", officer(issuer), citing(own, otherOffice));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String reference = created.json().get("reference").asString();

        POC_SITE.server.healthy();
        // the Malakal incident confirms (and the case is saved with both re-check results) ...
        await().atMost(Duration.ofSeconds(15)).until(() -> api.get("/api/v1/hr-cases/" + reference, officer(issuer)).json()
                .get("pocIncidents").get(0).get("verified").asBoolean());
        // ... while the Bentiu one, visible to the HQ-wide service token, is not the Malakal case's to cite
        JsonNode other = api.get("/api/v1/hr-cases/" + reference, officer(issuer)).json().get("pocIncidents").get(1);
        assertThat(other.get("reference").asString()).isEqualTo(otherOffice);
        assertThat(other.get("verified").asBoolean()).isFalse();
        assertThat(other.get("note").asString()).contains("no such incident");
    }

    @Test
    void aSlowOrRefusingPocSiteServiceLeavesTheCitationUnverifiedWithinTheTimeout() {
        POC_SITE.server.slow(Duration.ofSeconds(4));
        long started = System.nanoTime();
        ApiResponse slow = api.post("/api/v1/hr-cases", officer(issuer), citing(knownIncident()));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(3500));
        assertThat(slow.status()).as(slow.body()).isEqualTo(201);
        assertThat(slow.json().at("/pocIncidents/0/verified").asBoolean()).isFalse();
        assertThat(slow.json().at("/pocIncidents/0/note").asString()).contains("could not be reached");

        POC_SITE.server.failWith(403);
        ApiResponse forbidden = api.post("/api/v1/hr-cases", officer(issuer), citing(knownIncident()));
        assertThat(forbidden.status()).as(forbidden.body()).isEqualTo(201);
        assertThat(forbidden.json().at("/pocIncidents/0/verified").asBoolean()).isFalse();
        assertThat(forbidden.json().at("/pocIncidents/0/note").asString()).contains("(403)");
    }

    @Test
    void anIncidentIsCitedLaterWithIfMatchAndAudited() {
        ApiResponse created = api.post("/api/v1/hr-cases", officer(issuer), caseBody("MALAKAL", "2026-03-01", uniqueName()));
        String reference = created.json().get("reference").asString();
        String path = "/api/v1/hr-cases/" + reference + "/poc-incidents";
        String incident = knownIncident();
        String body = "{\"reference\": \"" + incident + "\"}";

        assertThat(api.post(path, officer(issuer), body).status()).isEqualTo(428);
        ApiResponse unknown = api.send("POST", path, officer(issuer), "{\"reference\": \"SI-2026-999998\"}",
                Map.of("If-Match", created.header("ETag")));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").findValuesAsString("field")).containsExactly("reference");
        ApiResponse cited = api.send("POST", path, officer(issuer), body, Map.of("If-Match", created.header("ETag")));
        assertThat(cited.status()).as(cited.body()).isEqualTo(200);
        assertThat(cited.json().get("pocIncidents").get(0).get("verified").asBoolean()).isTrue();
        assertThat(cited.header("ETag")).isNotEqualTo(created.header("ETag"));
        assertThat(api.send("POST", path, officer(issuer), body, Map.of("If-Match", cited.header("ETag"))).status())
                .isEqualTo(409);
        JsonNode audit = api.get("/api/v1/hr-audit/events?action=POC_INCIDENT_CITED&caseReference=" + reference,
                admin(issuer)).json();
        assertThat(audit.toString()).contains(incident + " verified");
    }
}
