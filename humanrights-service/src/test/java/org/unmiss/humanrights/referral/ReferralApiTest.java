package org.unmiss.humanrights.referral;

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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unmiss.humanrights.HrFixtures.admin;
import static org.unmiss.humanrights.HrFixtures.create;
import static org.unmiss.humanrights.HrFixtures.officer;
import static org.unmiss.kit.testing.ProblemAssert.assertProblem;

/**
 * Referrals as a pathway (ADR 0099) on the real embedded store: providers as reference data, the consent a child's
 * referral needs, the provider's own answers, and who may see and answer what.
 */
@ServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferralApiTest {

    private static final String SHELTER = "TEST-MALAKAL-SHELTER";
    private static final String LEGAL = "TEST-JUBA-LEGAL";
    private static final String REFERRALS = "/api/v1/hr-referrals";

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;

    @Autowired
    MongoTemplate mongo;

    private String reference;
    private String child;
    private String adults;

    @BeforeAll
    void providersAndCase() {
        assertThat(addProvider(SHELTER, "[\"SAFE_SHELTER\", \"PSYCHOSOCIAL\"]", "[\"MALAKAL\"]").status()).isEqualTo(201);
        assertThat(addProvider(LEGAL, "[\"LEGAL\"]", "[\"JUBA\"]").status()).isEqualTo(201);
        ApiResponse created = create(api, officer(issuer), HrFixtures.caseBody("MALAKAL", "2026-03-02", HrFixtures.uniqueName()));
        reference = created.json().get("reference").asString();
        child = created.json().at("/violations/0/victims/0/code").asString();
        adults = created.json().at("/violations/0/victims/1/code").asString();
    }

    @Test
    void providersAreReferenceDataKeptByAdministrators() {
        assertProblem(addProvider(SHELTER, "[\"SAFE_SHELTER\"]", "[\"MALAKAL\"]"), 409);
        ApiResponse badOffice = addProvider("TEST-NOWHERE", "[\"MEDICAL\"]", "[\"ATLANTIS\"]");
        assertProblem(badOffice, 400);
        assertThat(badOffice.body()).contains("fieldOffices[0]");
        assertProblem(api.post("/api/v1/service-providers", officer(issuer), provider("TEST-X", "[\"MEDICAL\"]", "[\"JUBA\"]")), 403);
        JsonNode shelters = api.get("/api/v1/service-providers?fieldOffice=MALAKAL&service=SAFE_SHELTER", officer(issuer)).json();
        assertThat(shelters.findValues("code").stream().map(JsonNode::asString)).contains(SHELTER).doesNotContain(LEGAL);
        assertProblem(api.get("/api/v1/service-providers", issuer.token("partner", "HQ", "PARTNER")), 403);
        assertProblem(api.get("/api/v1/service-providers", null), 401);
    }

    @Test
    void aChildIsReferredOnlyWithTheCaregiversConsentAndTheChildsAssentAndTheProviderDeclinesWithAReason() {
        // no consent recorded at all
        ApiResponse none = refer(officer(issuer), child, SHELTER, "SAFE_SHELTER");
        assertProblem(none, 409);
        assertThat(fields(none)).containsExactlyInAnyOrder("servicesReferral", "caregiverConsent", "childAssent");
        // the child agreed to services, but no caregiver's consent nor the child's assent is recorded
        consent(child, "\"caregiverConsent\": false, \"childAssent\": false");
        ApiResponse withoutAssent = refer(officer(issuer), child, SHELTER, "SAFE_SHELTER");
        assertProblem(withoutAssent, 409);
        assertThat(fields(withoutAssent)).containsExactlyInAnyOrder("caregiverConsent", "childAssent");
        assertThat(count("hr_referrals", reference)).isZero();

        consent(child, "\"caregiverConsent\": true, \"childAssent\": true");
        ApiResponse wrongService = refer(officer(issuer), child, SHELTER, "LEGAL");
        assertProblem(wrongService, 400);
        assertProblem(refer(officer(issuer), child, LEGAL, "LEGAL"), 400); // Juba's provider does not serve Malakal
        ApiResponse made = refer(officer(issuer), child, SHELTER, "SAFE_SHELTER");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        String code = made.json().get("code").asString();
        assertThat(code).matches("RF-\\d{4}-\\d{6}");
        assertThat(made.json().get("child").asBoolean()).isTrue();
        assertThat(made.json().get("status").asString()).isEqualTo("PENDING");
        assertThat(made.json().get("note").asString()).isEqualTo("Needs a place tonight");

        // the provider's side
        String shelter = provider(SHELTER);
        JsonNode inbox = api.get(REFERRALS + "?status=PENDING", shelter).json();
        assertThat(inbox.findValues("code").stream().map(JsonNode::asString)).contains(code);
        ApiResponse seen = api.get(REFERRALS + "/" + code, shelter);
        assertThat(seen.json().get("caseReference").isNull()).isTrue();
        assertThat(seen.json().get("note").asString()).isEqualTo("Needs a place tonight");
        assertProblem(answer(code, shelter, seen.header("ETag"), "{\"decision\": \"DECLINED\"}"), 400);
        assertProblem(answer(code, shelter, null, "{\"decision\": \"DECLINED\", \"reason\": \"full\"}"), 428);
        assertProblem(answer(code, shelter, "\"99\"", "{\"decision\": \"DECLINED\", \"reason\": \"full\"}"), 412);
        assertProblem(answer(code, provider(LEGAL), seen.header("ETag"), "{\"decision\": \"ACCEPTED\"}"), 404);
        assertProblem(answer(code, issuer.token("staff", "MALAKAL", "REFERRAL_PROVIDER"), seen.header("ETag"),
                "{\"decision\": \"ACCEPTED\"}"), 403);
        assertProblem(answer(code, officer(issuer), seen.header("ETag"), "{\"decision\": \"ACCEPTED\"}"), 403);
        ApiResponse declined = answer(code, shelter, seen.header("ETag"),
                "{\"decision\": \"DECLINED\", \"reason\": \"No bed free for a girl of 14 this week\"}");
        assertThat(declined.status()).as(declined.body()).isEqualTo(200);
        assertThat(declined.json().get("status").asString()).isEqualTo("DECLINED");
        assertThat(declined.json().at("/steps/0/reason").asString()).isEqualTo("No bed free for a girl of 14 this week");
        assertThat(declined.json().at("/steps/0/by").asString()).isEqualTo("shelter.staff");
        assertProblem(answer(code, shelter, declined.header("ETag"), "{\"decision\": \"COMPLETED\"}"), 409);

        // the officer reads the answer; someone without HR_SENSITIVE reads it without its text
        JsonNode mine = api.get(REFERRALS + "?caseReference=" + reference, officer(issuer)).json();
        assertThat(mine.at("/content/0/status").asString()).isEqualTo("DECLINED");
        assertThat(mine.at("/content/0/steps/0/reason").asString()).contains("No bed free");
        JsonNode reader = api.get(REFERRALS + "/" + code, issuer.token("hr.reader", "MALAKAL", "HR_READ")).json();
        assertThat(reader.at("/steps/0/reason").isNull()).isTrue();
        assertThat(reader.get("note").isNull()).isTrue();
        assertProblem(api.get(REFERRALS + "/" + code, issuer.token("hr.officer.juba", "JUBA", HrFixtures.OFFICER)), 404);
        assertThat(api.get(REFERRALS, issuer.token("hr.officer.juba", "JUBA", HrFixtures.OFFICER)).json().toString())
                .doesNotContain(code);

        // sealed in the store, and audited by codes and lengths only
        String stored = mongo.getCollection("hr_referrals").find(new org.bson.Document("_id", code)).first().toJson();
        assertThat(stored).doesNotContain("No bed free").doesNotContain("Needs a place");
        String audit = api.get("/api/v1/hr-audit/events?caseReference=" + reference, admin(issuer)).body();
        assertThat(audit).contains("REFERRAL_MADE", "REFERRAL_ANSWERED", code + " PENDING -> DECLINED").doesNotContain("No bed free");
    }

    @Test
    void anAdultIsReferredWithTheirConsentAndTheProviderAcceptsThenCompletes() {
        assertProblem(refer(officer(issuer), adults, SHELTER, "PSYCHOSOCIAL"), 409);
        consent(adults, "\"caregiverConsent\": false, \"childAssent\": false");
        ApiResponse made = refer(officer(issuer), adults, SHELTER, "PSYCHOSOCIAL");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        assertThat(made.json().get("child").asBoolean()).isFalse();
        String code = made.json().get("code").asString();
        ApiResponse accepted = answer(code, provider(SHELTER), made.header("ETag"), "{\"decision\": \"ACCEPTED\"}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        ApiResponse completed = answer(code, provider(SHELTER), accepted.header("ETag"), "{\"decision\": \"COMPLETED\", \"reason\": \"three sessions held\"}");
        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        assertThat(completed.json().get("status").asString()).isEqualTo("COMPLETED");
        assertThat(completed.json().get("steps").size()).isEqualTo(2);
    }

    @Test
    void refusedCallersAndOfficesGetNothing() {
        String body = referral(child, SHELTER, "SAFE_SHELTER");
        assertProblem(api.post(REFERRALS, issuer.token("hr.officer.juba", "JUBA", HrFixtures.OFFICER), body), 404);
        assertProblem(api.post(REFERRALS, provider(SHELTER), body), 403);
        assertProblem(api.post(REFERRALS, issuer.token("partner", "HQ", "PARTNER"), body), 403);
        assertProblem(api.post(REFERRALS, null, body), 401);
        assertProblem(api.post(REFERRALS, issuer.forgedToken("hr.officer.malakal", "MALAKAL", HrFixtures.OFFICER), body), 401);
        assertProblem(api.get(REFERRALS, issuer.token("partner", "HQ", "PARTNER")), 403);
        assertProblem(api.get(REFERRALS + "?caseReference=nonsense", officer(issuer)), 400);
        assertProblem(api.post(REFERRALS, officer(issuer), referral("V-NOBODY", SHELTER, "SAFE_SHELTER")), 400);
        assertProblem(api.post(REFERRALS, officer(issuer), referral(child, "NO-SUCH-PROVIDER", "SAFE_SHELTER")), 400);
    }

    private String provider(String code) {
        return issuer.tokenWithClaim("service_provider", code, "shelter.staff", "MALAKAL", "REFERRAL_PROVIDER");
    }

    private ApiResponse addProvider(String code, String services, String offices) {
        return api.post("/api/v1/service-providers", admin(issuer), provider(code, services, offices));
    }

    private static String provider(String code, String services, String offices) {
        return """
                {"code": "%s", "name": "Test provider %s (synthetic)", "services": %s, "fieldOffices": %s,
                 "area": "test area", "contact": "desk@test.example"}""".formatted(code, code, services, offices);
    }

    private String referral(String victim, String provider, String service) {
        return """
                {"caseReference": "%s", "victimCode": "%s", "providerCode": "%s", "service": "%s", "note": "Needs a place tonight"}"""
                .formatted(reference, victim, provider, service);
    }

    private ApiResponse refer(String token, String victim, String provider, String service) {
        return api.post(REFERRALS, token, referral(victim, provider, service));
    }

    private ApiResponse answer(String code, String token, String etag, String body) {
        return api.send("POST", REFERRALS + "/" + code + "/answers", token, body, etag == null ? Map.of() : Map.of("If-Match", etag));
    }

    private void consent(String victim, String childParts) {
        String current = api.get("/api/v1/hr-cases/" + reference, officer(issuer)).header("ETag");
        ApiResponse recorded = api.send("PUT", "/api/v1/hr-cases/" + reference + "/victims/" + victim + "/consent", officer(issuer),
                "{\"servicesReferral\": true, \"deidentifiedReporting\": true, \"identifiedSharing\": false, " + childParts + "}",
                Map.of("If-Match", current));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
    }

    private long count(String collection, String caseReference) {
        return mongo.getCollection(collection).countDocuments(new org.bson.Document("caseReference", caseReference));
    }

    private static List<String> fields(ApiResponse problem) {
        List<String> fields = new ArrayList<>();
        problem.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }
}
