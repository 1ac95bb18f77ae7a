package org.unmiss.humanrights.perpetrator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.unmiss.humanrights.HrFixtures;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unmiss.humanrights.HrFixtures.create;
import static org.unmiss.humanrights.HrFixtures.officer;
import static org.unmiss.humanrights.HrFixtures.senior;
import static org.unmiss.humanrights.HrFixtures.transition;
import static org.unmiss.kit.testing.ProblemAssert.assertProblem;

/**
 * Alleged perpetrators as party, unit and individual (ADR 0100) on one Malakal case of March 2010 (no other test uses
 * that month): the individual sealed like an identity, the report of cases by party and unit in JSON and CSV.
 */
@ServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PerpetratorReportApiTest {

    private static final String REPORT = "/api/v1/hr-reports/perpetrators?from=2010-03-01&to=2010-03-31";
    private static final String COMMANDER = "Gatluak Testcommander";

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;

    @Autowired
    MongoTemplate mongo;

    private String reference;
    private String etag;

    @BeforeAll
    void recordCase() {
        ApiResponse created = create(api, officer(issuer), """
                {"title": "Perpetrator fixture", "fieldOffice": "MALAKAL", "occurredFrom": {"date": "2010-03-05", "precision": "EXACT"},
                 "location": {"state": "UPPER_NILE", "county": "Malakal"},
                 "violations": [
                   {"type": "KILLING", "perpetrators": [
                      {"partyCode": "SPLA", "unit": "Demo 5th Battalion",
                       "individual": {"name": "%s", "rank": "Major", "position": "battalion commander"}},
                      {"partyCode": "SPLA", "unit": "Demo 5th Battalion", "description": "soldiers in uniform"}],
                    "victims": [{"kind": "GROUP", "count": 2, "sex": "MALE", "ageGroup": "AGE_18_59"}]},
                   {"type": "RAPE", "perpetrators": [{"partyCode": "SPLM-A-IO", "unit": "Demo IO Sector 1"}]},
                   {"type": "ATTACK_ON_SCHOOL"}]}""".formatted(COMMANDER));
        reference = created.json().get("reference").asString();
        etag = created.header("ETag");
    }

    @Test
    void theReportCountsEachActOncePerPartyAndUnitAndFollowsVerification() {
        JsonNode rows = get(REPORT, officer(issuer));
        assertThat(rows.size()).isEqualTo(3);
        assertThat(rows.at("/0/partyCode").asString()).isEqualTo("SPLA");
        assertThat(rows.at("/0/unit").asString()).isEqualTo("Demo 5th Battalion");
        assertThat(rows.at("/0/violations").asLong()).isEqualTo(1);
        assertThat(rows.at("/0/individualsAlleged").asLong()).isEqualTo(1);
        assertThat(rows.at("/1/partyCode").asString()).isEqualTo("SPLM-A-IO");
        assertThat(rows.at("/2/partyCode").asString()).isEqualTo("UNKNOWN");
        assertThat(rows.at("/2/unit").isNull()).isTrue();
        assertThat(rows.findValues("verifiedViolations").stream().mapToLong(JsonNode::asLong).sum()).isZero();
        assertThat(rows.toString()).doesNotContain(COMMANDER).doesNotContain("Major");

        ApiResponse investigating = transition(api, officer(issuer), reference, current(), "{\"to\": \"UNDER_INVESTIGATION\"}");
        ApiResponse verified = transition(api, senior(issuer), reference, investigating.header("ETag"),
                "{\"to\": \"VERIFIED\", \"standardOfProof\": \"REASONABLE_GROUNDS\"}");
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        assertThat(get(REPORT, officer(issuer)).findValues("verifiedViolations").stream().mapToLong(JsonNode::asLong).sum())
                .isEqualTo(3);

        ApiResponse csv = api.send("GET", REPORT, officer(issuer), null, Map.of("Accept", "text/csv"));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Cache-Control")).contains("no-store");
        assertThat(csv.body()).startsWith("partyCode,unit,cases,violations,verifiedViolations,individualsAlleged")
                .contains("SPLA,Demo 5th Battalion,1,1,1,1").contains("UNKNOWN,,1,1,1,0");
        // JSON for anyone who does not prefer CSV (ADR 0045)
        assertThat(api.send("GET", REPORT, officer(issuer), null, Map.of("Accept", "*/*")).contentType()).startsWith("application/json");
    }

    @Test
    void theIndividualIsSealedAndShownToHrSensitiveHoldersOnly() {
        String raw = mongo.getCollection("hr_cases").find(new org.bson.Document("_id", reference)).first().toJson();
        assertThat(raw).doesNotContain(COMMANDER).doesNotContain("battalion commander").doesNotContain("\"Major\"")
                .contains("Demo 5th Battalion");
        JsonNode sensitive = api.get("/api/v1/hr-cases/" + reference, officer(issuer)).json();
        assertThat(sensitive.at("/violations/0/perpetrators/0/individual/name").asString()).isEqualTo(COMMANDER);
        assertThat(sensitive.at("/violations/0/perpetrators/0/individual/rank").asString()).isEqualTo("Major");
        assertThat(sensitive.at("/violations/0/perpetrators/1/individual").isNull()).isTrue();
        JsonNode reader = api.get("/api/v1/hr-cases/" + reference, issuer.token("hr.reader", "MALAKAL", "HR_READ")).json();
        assertThat(reader.at("/violations/0/perpetrators/0/individualRecorded").asBoolean()).isTrue();
        assertThat(reader.at("/violations/0/perpetrators/0/individual").isNull()).isTrue();
        assertThat(reader.at("/violations/0/perpetrators/0/unit").asString()).isEqualTo("Demo 5th Battalion");
        assertThat(reader.toString()).doesNotContain(COMMANDER);
    }

    @Test
    void aBadUnitIsRefusedNamingIt() {
        ApiResponse refused = api.post("/api/v1/hr-cases", officer(issuer), HrFixtures.caseBody("MALAKAL", "2010-03-06", "X Y")
                .replace("{\"partyCode\": \"SSPDF\", \"description\": \"uniformed men\"}",
                        "{\"partyCode\": \"SSPDF\", \"unit\": \"<script>\"}"));
        assertProblem(refused, 400);
        assertThat(refused.body()).contains("violations[0].perpetrators[0].unit");
    }

    @Test
    void onlyHumanRightsStaffOfTheOfficeSeeIt() {
        assertProblem(api.get(REPORT, issuer.token("partner", "HQ", "PARTNER")), 403);
        assertProblem(api.get(REPORT, issuer.token("reporting", "HQ", "REPORTING")), 403);
        assertProblem(api.get(REPORT, null), 401);
        assertProblem(api.get(REPORT, issuer.forgedToken("hr.senior", "HQ", HrFixtures.SENIOR)), 401);
        assertThat(get(REPORT, issuer.token("hr.officer.juba", "JUBA", HrFixtures.OFFICER)).isEmpty()).isTrue();
        assertThat(get(REPORT, issuer.tokenWithoutOffice("hr.nowhere", HrFixtures.OFFICER)).isEmpty()).isTrue();
        assertProblem(api.get("/api/v1/hr-reports/perpetrators?from=2010-03-31&to=2010-03-01", officer(issuer)), 400);
    }

    private String current() {
        return api.get("/api/v1/hr-cases/" + reference, officer(issuer)).header("ETag");
    }

    private JsonNode get(String path, String token) {
        ApiResponse response = api.get(path, token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
