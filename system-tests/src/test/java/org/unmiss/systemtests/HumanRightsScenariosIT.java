package org.unmiss.systemtests;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import tools.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Human rights cases through the gateway with real Keycloak tokens: identities protected and
 * audited, field offices kept apart, verification by a senior officer, consent enforced, and only
 * de-identified aggregates for reporting tools and partners.
 */
@ExtendWith(PlatformExtension.class)
@Order(2)
class HumanRightsScenariosIT {

    private static final String CASES = "/api/v1/hr-cases";
    private static ApiClient gateway;
    private static String officer;
    private static String senior;
    private static String admin;
    private static String reporting;
    private static String partner;

    @BeforeAll
    static void tokens() {
        gateway = new ApiClient(Platform.current().gateway());
        officer = Tokens.forUser("hr.officer.malakal");
        senior = Tokens.forUser("hr.senior");
        admin = Tokens.forUser("mission.admin");
        reporting = Tokens.forClient("reporting-tools", "reporting-tools-dev-secret");
        partner = Tokens.forClient("partner-agency", "partner-agency-dev-secret");
    }

    private static String caseBody(String office, String state, String date, String victimName) {
        return """
                {"title": "Attack on a village", "narrative": "Synthetic scenario narrative naming %s.",
                 "fieldOffice": "%s", "occurredFrom": {"date": "%s", "precision": "EXACT"},
                 "location": {"state": "%s", "county": "Scenario county"},
                 "violations": [{"type": "KILLING", "perpetrators": [{"partyCode": "SSPDF"}],
                                 "victims": [{"kind": "INDIVIDUAL", "sex": "FEMALE", "age": 12,
                                              "identity": {"name": "%s", "contact": "+211 900 111 222"}},
                                             {"kind": "GROUP", "count": 3, "sex": "MALE", "ageGroup": "AGE_12_17"}]},
                                {"type": "ATTACK_ON_SCHOOL", "perpetrators": [{"partyCode": "SSPDF"}]}]}
                """.formatted(victimName, office, date, state, victimName);
    }

    private static ApiResponse created(String token, String body) {
        ApiResponse response = gateway.post(CASES, token, body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response;
    }

    private static ApiResponse transition(String token, String reference, String etag, String body) {
        ApiResponse response = gateway.send("POST", CASES + "/" + reference + "/transitions", token, body, Map.of("If-Match", etag));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response;
    }

    private static String verify(String reference, String etag) {
        ApiResponse investigating = transition(officer, reference, etag, "{\"to\": \"UNDER_INVESTIGATION\"}");
        ApiResponse verified = transition(senior, reference, investigating.header("ETag"),
                "{\"to\": \"VERIFIED\", \"standardOfProof\": \"REASONABLE_GROUNDS\", \"note\": \"scenario\"}");
        assertThat(verified.json().get("status").asString()).isEqualTo("VERIFIED");
        return verified.header("ETag");
    }

    @Test
    void anOfficersCaseIsSeenAsCodesByOthersVerifiedBySeniorAndItsIdentityReadsAudited() {
        String name = "Scenario Victim " + UUID.randomUUID();
        ApiResponse recorded = created(officer, caseBody("MALAKAL", "UPPER_NILE", "2026-03-10", name));
        String reference = recorded.json().get("reference").asString();
        assertThat(reference).matches("HR-\\d{4}-\\d{6}");
        assertThat(recorded.header("Cache-Control")).contains("no-store");
        assertThat(recorded.body()).doesNotContain(name);

        ApiResponse codesOnly = gateway.get(CASES + "/" + reference, admin);
        assertThat(codesOnly.status()).as(codesOnly.body()).isEqualTo(200);
        assertThat(codesOnly.body()).doesNotContain(name).doesNotContain("900 111");
        assertThat(codesOnly.json().at("/violations/0/victims/0/code").asString()).startsWith("V-");
        EdgeSecurityIT.assertProblem(gateway.get(CASES + "/" + reference + "?identities=true", admin), 403);

        verify(reference, recorded.header("ETag"));
        ApiResponse identities = gateway.get(CASES + "/" + reference + "?identities=true", senior);
        assertThat(identities.status()).as(identities.body()).isEqualTo(200);
        assertThat(identities.json().at("/violations/0/victims/0/identity/name").asString()).isEqualTo(name);

        ApiResponse audit = gateway.get("/api/v1/hr-audit/events?caseReference=" + reference + "&action=IDENTITY_READ", admin);
        assertThat(audit.status()).as(audit.body()).isEqualTo(200);
        assertThat(audit.json().at("/content/0/actor").asString()).isEqualTo("hr.senior");
        assertThat(audit.body()).doesNotContain(name);
        ApiResponse chain = gateway.get("/api/v1/hr-audit/verification", admin);
        assertThat(chain.json().get("intact").asBoolean()).as(chain.body()).isTrue();
    }

    @Test
    void aMalakalOfficerCannotSeeAJubaCase() {
        ApiResponse juba = created(senior, caseBody("JUBA", "CENTRAL_EQUATORIA", "2026-03-11", "Scenario Juba " + UUID.randomUUID()));
        String reference = juba.json().get("reference").asString();
        EdgeSecurityIT.assertProblem(gateway.get(CASES + "/" + reference, officer), 404);
        ApiResponse malakalList = gateway.get(CASES + "?size=200&sort=reference,desc", officer);
        assertThat(malakalList.status()).isEqualTo(200);
        assertThat(malakalList.body()).doesNotContain(reference);
        assertThat(gateway.get(CASES + "/" + reference, senior).status()).isEqualTo(200);
    }

    @Test
    void aReferralWithoutConsentIsRefused() {
        ApiResponse recorded = created(officer, caseBody("MALAKAL", "UPPER_NILE", "2026-03-12", "Scenario Consent " + UUID.randomUUID()));
        String victim = recorded.json().at("/violations/0/victims/0/code").asString();
        ApiResponse refused = gateway.post(CASES + "/" + recorded.json().get("reference").asString() + "/referrals", officer,
                "{\"victimCode\": \"" + victim + "\", \"service\": \"MEDICAL\", \"provider\": \"Malakal clinic\"}");
        EdgeSecurityIT.assertProblem(refused, 409);
    }

    @Test
    void theAggregatesAreDeIdentifiedAndCountByTheMrmRuleAndPartnersGetReleasedQuartersOnly() {
        // the live figures, as human rights staff and administrators read them; partners read released quarters (ADR 0098)
        String period = "?from=2020-02-01&to=2020-02-29";
        Map<String, Long> before = mrm(gateway.get("/api/v1/hr-reports/mrm" + period, admin));
        String name = "Scenario Report " + UUID.randomUUID();
        ApiResponse recorded = created(officer, caseBody("MALAKAL", "UPPER_NILE", "2020-02-10", name));
        verify(recorded.json().get("reference").asString(), recorded.header("ETag"));

        ApiResponse after = gateway.get("/api/v1/hr-reports/mrm" + period, admin);
        assertThat(after.status()).as(after.body()).isEqualTo(200);
        assertThat(after.body()).doesNotContain(name).doesNotContain("HR-");
        Map<String, Long> delta = new LinkedHashMap<>();
        mrm(after).forEach((grave, count) -> delta.put(grave, count - before.get(grave)));
        assertThat(delta).containsEntry("KILLING_AND_MAIMING", 4L).containsEntry("ATTACKS_ON_SCHOOLS_OR_HOSPITALS", 1L)
                .containsEntry("ABDUCTION", 0L);

        ApiResponse brief = gateway.get("/api/v1/hr-reports/quarterly-brief?quarter=2020-Q1", admin);
        assertThat(brief.status()).as(brief.body()).isEqualTo(200);
        assertThat(brief.json().get("violations").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(brief.body()).doesNotContain(name);

        EdgeSecurityIT.assertProblem(gateway.get(CASES, reporting), 403);
        EdgeSecurityIT.assertProblem(gateway.get(CASES, partner), 403);
        ApiResponse mara = gateway.get("/api/v1/hr-reports/mara", admin);
        assertThat(mara.status()).as(mara.body()).isEqualTo(200);
        assertThat(mara.json().get("violations").asLong()).isPositive();
        // partners and reporting tools: a period that is not one quarter is refused, an unreleased quarter is not found
        EdgeSecurityIT.assertProblem(gateway.get("/api/v1/hr-reports/mara", partner), 400);
        EdgeSecurityIT.assertProblem(gateway.get("/api/v1/hr-reports/harm?from=2020-01-01&to=2020-03-31", reporting), 404);
        EdgeSecurityIT.assertProblem(gateway.get("/api/v1/hr-reports/quarterly-brief?quarter=2020-Q1", reporting), 404);
    }

    @Test
    void aPocSiteReferralOpensOneCaseHoweverOftenItIsSentAndOnlyPocSiteServiceMaySendIt() throws java.io.IOException {
        String unpol = Tokens.forUser("unpol.officer.bentiu");
        ApiResponse sgbv = gateway.post("/api/v1/security-incidents", unpol, PocSiteScenariosIT.incident("SGBV", false));
        assertThat(sgbv.status()).as(sgbv.body()).isEqualTo(201);
        String incident = sgbv.json().get("reference").asString();
        ApiResponse referred = gateway.post("/api/v1/security-incidents/" + incident + "/hr-referral", unpol,
                "{\"survivorConsent\": true, \"consentNote\": \"Verbal consent recorded by the officer\"}");
        assertThat(referred.status()).as(referred.body()).isEqualTo(202);
        String caseReference = gateway.get("/api/v1/security-incidents/" + incident, unpol).json()
                .at("/referral/caseReference").asString();
        assertThat(caseReference).startsWith("HR-");

        String body = """
                {"sourceService": "poc-site-service", "sourceReference": "%s", "fieldOffice": "BENTIU",
                 "occurredAt": "2026-03-01T10:00:00Z", "category": "SGBV", "summary": "SGBV incident at PoC site BENTIU"}
                """.formatted(incident);
        // poc-site-service's own account, with the secret ./platform generated for this run directory
        String secret = java.nio.file.Files.readString(Platform.current().runDirectory()
                .resolve("secrets/poc-site-service.client-secret")).strip();
        ApiResponse again = gateway.post(CASES + "/referrals", Tokens.forClient("poc-site-service", secret), body);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("caseReference").asString()).isEqualTo(caseReference);
        // an officer cannot claim poc-site-service's intake keys, nor learn whether a case exists behind one
        EdgeSecurityIT.assertProblem(gateway.post(CASES + "/referrals", unpol, body), 403);
    }

    @Test
    void badInputGetsSpecificAnswers() {
        ApiResponse massAssignment = gateway.post(CASES, officer,
                caseBody("MALAKAL", "UPPER_NILE", "2026-03-10", "X").replaceFirst("\\{", "{\"status\": \"VERIFIED\", "));
        EdgeSecurityIT.assertProblem(massAssignment, 400);
        assertThat(massAssignment.json().get("errors").findValuesAsString("field")).contains("status");
        ApiResponse wrongParty = gateway.post(CASES, officer,
                caseBody("MALAKAL", "UPPER_NILE", "2026-03-10", "X").replace("\"SSPDF\"", "\"SPLA\""));
        EdgeSecurityIT.assertProblem(wrongParty, 400);
        assertThat(wrongParty.json().get("errors").findValuesAsString("field")).contains("violations[0].perpetrators[0].partyCode");
        EdgeSecurityIT.assertProblem(gateway.send("POST", CASES + "/HR-2026-000001/transitions", officer,
                "{\"to\": \"VERIFIED\"}", Map.of()), 428);
    }

    private static Map<String, Long> mrm(ApiResponse response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        Map<String, Long> figures = new LinkedHashMap<>();
        for (JsonNode line : response.json().get("lines")) {
            figures.put(line.get("graveViolation").asString(), line.get("verified").asLong());
        }
        return figures;
    }
}
