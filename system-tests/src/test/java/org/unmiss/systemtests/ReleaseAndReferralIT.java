package org.unmiss.systemtests;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Release for partners and referrals as a pathway (issue 18, items 8 and 9; ADRs 0098, 0099) through the gateway with
 * real Keycloak tokens: a partner sees a released quarter with its small cells withheld and nothing of an unreleased
 * one; a child's referral needs the caregiver's consent and the child's assent, and the provider declines it with a
 * reason the officer then reads.
 */
@ExtendWith(PlatformExtension.class)
@Order(2)
class ReleaseAndReferralIT {

    private static final String CASES = "/api/v1/hr-cases";
    private static final String SHELTER = "DEMO-MALAKAL-SAFE-SHELTER";
    private static ApiClient gateway;
    private static String officer;
    private static String senior;
    private static String admin;

    @BeforeAll
    static void tokens() {
        gateway = new ApiClient(Platform.current().gateway());
        officer = Tokens.forUser("hr.officer.malakal");
        senior = Tokens.forUser("hr.senior");
        admin = Tokens.forUser("mission.admin");
    }

    @Test
    void aPartnerSeesAReleasedQuarterWithSmallCellsWithheldAndNothingOfAnUnreleasedOne() {
        int year = aYearWithoutCasesOrReleases();
        String released = year + "-Q2";
        String unreleased = year + "-Q3";
        for (int day = 1; day <= 5; day++) {
            verified(year + "-05-0" + day, act("KILLING") + ", " + act("TORTURE") + ", " + act("INJURY_OR_MAIMING"));
        }
        verified(year + "-05-20", "{\"type\": \"ABDUCTION\", \"victims\": [{\"kind\": \"INDIVIDUAL\", \"sex\": \"FEMALE\", \"age\": 15}]}");
        verified(year + "-08-20", act("KILLING"));
        ApiResponse release = gateway.post("/api/v1/hr-reports/releases", senior, "{\"quarter\": \"" + released + "\"}");
        assertThat(release.status()).as(release.body()).isEqualTo(201);
        EdgeSecurityIT.assertProblem(gateway.post("/api/v1/hr-reports/releases", officer, "{\"quarter\": \"" + unreleased + "\"}"), 403);

        String partnerUser = Tokens.forUser("partner.liaison");
        String partnerClient = Tokens.forClient("partner-agency", "partner-agency-dev-secret");
        JsonNode brief = ok(gateway.get("/api/v1/hr-reports/quarterly-brief?quarter=" + released, partnerUser));
        assertThat(brief.get("cases").asLong()).isEqualTo(6);
        assertThat(brief.get("violations").asLong()).isEqualTo(16);
        assertThat(brief.get("victims").asLong()).isEqualTo(31);
        assertThat(brief.at("/release/quarter").asString()).isEqualTo(released);
        List<String> withheld = texts(brief.at("/release/withheld"));
        assertThat(withheld).contains("byType[ABDUCTION]", "formsOfHarm.abducted");
        assertThat(texts(brief.get("byType").findValues("type"))).hasSize(2).doesNotContain("ABDUCTION");
        assertThat(brief.at("/formsOfHarm/abducted").asLong()).isZero();
        assertThat(brief.get("victimsBySexAndAgeGroup").toString()).doesNotContain("FEMALE");

        JsonNode mrm = ok(gateway.get("/api/v1/hr-reports/mrm?from=" + year + "-04-01&to=" + year + "-06-30", partnerClient));
        assertThat(texts(mrm.get("lines").findValues("graveViolation"))).doesNotContain("ABDUCTION");
        assertThat(texts(mrm.at("/release/withheld"))).containsExactly("lines[ABDUCTION]");

        // the unreleased quarter: nothing, though staff see its case
        ApiResponse unreleasedBrief = gateway.get("/api/v1/hr-reports/quarterly-brief?quarter=" + unreleased, partnerUser);
        EdgeSecurityIT.assertProblem(unreleasedBrief, 404);
        assertThat(unreleasedBrief.body()).contains(unreleased + " are not released").doesNotContain("KILLING");
        EdgeSecurityIT.assertProblem(gateway.get("/api/v1/hr-reports/mrm?from=" + year + "-07-01&to=" + year + "-09-30",
                partnerClient), 404);
        EdgeSecurityIT.assertProblem(gateway.get("/api/v1/hr-reports/harm?from=" + year + "-07-01&to=" + year + "-09-30",
                partnerUser), 404);
        assertThat(ok(gateway.get("/api/v1/hr-reports/quarterly-brief?quarter=" + unreleased, admin)).get("cases").asLong())
                .isEqualTo(1);
        assertThat(texts(ok(gateway.get("/api/v1/hr-reports/releases", partnerClient)).findValues("quarter")))
                .contains(released).doesNotContain(unreleased);
    }

    @Test
    void aChildsReferralIsDeclinedByTheProviderWithAReasonTheOfficerReads() {
        ApiResponse created = gateway.post(CASES, officer, """
                {"title": "Referral scenario", "fieldOffice": "MALAKAL", "occurredFrom": {"date": "2026-03-18", "precision": "EXACT"},
                 "location": {"state": "UPPER_NILE", "county": "Malakal"},
                 "violations": [{"type": "RAPE", "victims": [{"kind": "INDIVIDUAL", "sex": "FEMALE", "age": 13,
                   "consent": {"servicesReferral": true, "deidentifiedReporting": true, "identifiedSharing": false}}]}]}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String reference = created.json().get("reference").asString();
        String victim = created.json().at("/violations/0/victims/0/code").asString();
        assertThat(texts(ok(gateway.get("/api/v1/service-providers?fieldOffice=MALAKAL&service=SAFE_SHELTER", officer))
                .findValues("code"))).contains(SHELTER);

        String referral = """
                {"caseReference": "%s", "victimCode": "%s", "providerCode": "%s", "service": "SAFE_SHELTER",
                 "note": "Girl of 13, needs a safe place away from the family compound"}""".formatted(reference, victim, SHELTER);
        ApiResponse withoutCaregiver = gateway.post("/api/v1/hr-referrals", officer, referral);
        EdgeSecurityIT.assertProblem(withoutCaregiver, 409);
        assertThat(withoutCaregiver.body()).contains("caregiverConsent", "childAssent");

        ApiResponse current = gateway.get(CASES + "/" + reference, officer);
        ApiResponse consent = gateway.send("PUT", CASES + "/" + reference + "/victims/" + victim + "/consent", officer,
                "{\"servicesReferral\": true, \"deidentifiedReporting\": true, \"identifiedSharing\": false, "
                        + "\"caregiverConsent\": true, \"childAssent\": true}", Map.of("If-Match", current.header("ETag")));
        assertThat(consent.status()).as(consent.body()).isEqualTo(200);
        ApiResponse made = gateway.post("/api/v1/hr-referrals", officer, referral);
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        String code = made.json().get("code").asString();

        String provider = Tokens.forUser("service.provider.malakal");
        JsonNode inbox = ok(gateway.get("/api/v1/hr-referrals?status=PENDING&size=200", provider));
        assertThat(texts(inbox.get("content").findValues("code"))).contains(code);
        ApiResponse seen = gateway.get("/api/v1/hr-referrals/" + code, provider);
        assertThat(seen.json().get("note").asString()).contains("safe place");
        assertThat(seen.json().get("caseReference").isNull()).isTrue();
        EdgeSecurityIT.assertProblem(gateway.get(CASES + "/" + reference, provider), 403);
        EdgeSecurityIT.assertProblem(gateway.send("POST", "/api/v1/hr-referrals/" + code + "/answers", officer,
                "{\"decision\": \"ACCEPTED\"}", Map.of("If-Match", seen.header("ETag"))), 403);
        ApiResponse declined = gateway.send("POST", "/api/v1/hr-referrals/" + code + "/answers", provider,
                "{\"decision\": \"DECLINED\", \"reason\": \"The shelter takes no children under 16; try the clinic's child desk\"}",
                Map.of("If-Match", seen.header("ETag")));
        assertThat(declined.status()).as(declined.body()).isEqualTo(200);

        // the officer sees the answer; its reason is sealed text, opened for HR_SENSITIVE holders (ADR 0092)
        JsonNode answered = ok(gateway.get("/api/v1/hr-referrals?caseReference=" + reference, officer)).at("/content/0");
        assertThat(answered.get("status").asString()).isEqualTo("DECLINED");
        assertThat(answered.at("/steps/0/by").asString()).isEqualTo("service.provider.malakal");
        JsonNode read = ok(gateway.get("/api/v1/hr-referrals?caseReference=" + reference, senior)).at("/content/0");
        assertThat(read.at("/steps/0/reason").asString()).contains("no children under 16");
        assertThat(gateway.get("/api/v1/hr-audit/events?caseReference=" + reference, admin).body())
                .contains("REFERRAL_ANSWERED").doesNotContain("no children under 16");
    }

    /** A year before the demo data with no case or release in its second and third quarters (the platform may be reused). */
    private static int aYearWithoutCasesOrReleases() {
        String releases = ok(gateway.get("/api/v1/hr-reports/releases", admin)).toString();
        for (int year = 2012; year > 1950; year--) {
            if (!releases.contains(year + "-Q2") && !releases.contains(year + "-Q3")
                    && ok(gateway.get(CASES + "?occurredFrom=" + year + "-04-01&occurredTo=" + year + "-09-30&size=1", admin))
                    .get("totalElements").asLong() == 0) {
                return year;
            }
        }
        throw new AssertionError("no free year found");
    }

    private static String act(String type) {
        return "{\"type\": \"" + type + "\", \"victims\": [{\"kind\": \"GROUP\", \"count\": 2, \"sex\": \"MALE\", \"ageGroup\": \"AGE_18_59\"}]}";
    }

    /** A Malakal case recorded by the officer and verified by the senior officer. */
    private static void verified(String date, String violations) {
        ApiResponse created = gateway.post(CASES, officer, """
                {"title": "Release scenario", "fieldOffice": "MALAKAL", "occurredFrom": {"date": "%s", "precision": "EXACT"},
                 "location": {"state": "UPPER_NILE", "county": "Malakal"}, "violations": [%s]}""".formatted(date, violations));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String path = CASES + "/" + created.json().get("reference").asString() + "/transitions";
        ApiResponse investigating = gateway.send("POST", path, officer, "{\"to\": \"UNDER_INVESTIGATION\"}",
                Map.of("If-Match", created.header("ETag")));
        assertThat(investigating.status()).as(investigating.body()).isEqualTo(200);
        ApiResponse decided = gateway.send("POST", path, senior, "{\"to\": \"VERIFIED\", \"standardOfProof\": \"REASONABLE_GROUNDS\"}",
                Map.of("If-Match", investigating.header("ETag")));
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
    }

    private static JsonNode ok(ApiResponse response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asString()));
        return texts;
    }

    private static List<String> texts(List<JsonNode> nodes) {
        return nodes.stream().map(JsonNode::asString).toList();
    }
}
