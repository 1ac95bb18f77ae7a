package org.unmiss.humanrights.report;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;
import tools.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unmiss.humanrights.HrFixtures.admin;
import static org.unmiss.humanrights.HrFixtures.create;
import static org.unmiss.humanrights.HrFixtures.officer;
import static org.unmiss.humanrights.HrFixtures.senior;
import static org.unmiss.humanrights.HrFixtures.transition;

/**
 * The MRM, MARA and forms-of-harm views on a known fixture of four cases in 2019-Q2 (no other test
 * records incidents in that quarter): two verified, one still received, one found not to have occurred.
 */
@ServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportApiTest {

    private static final String PERIOD = "?from=2019-04-01&to=2019-06-30";
    /** Someone who reads the live figures without writing cases (partners read released quarters only, ADR 0098). */
    static final java.util.function.Function<TestIssuer, String> LIVE_READER = issuer -> issuer.token("hr.analyst", "HQ", "HR_READ");

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;

    private final Map<String, String> references = new LinkedHashMap<>();

    @BeforeAll
    void recordFixture() {
        String recorder = issuer.token("hr.recorder", "HQ", "HR_READ", "HR_WRITE", "HR_SENSITIVE");
        references.put("A", create(api, recorder, fixture("MALAKAL", "UPPER_NILE", "2019-04-10", """
                {"type": "KILLING", "perpetrators": [{"partyCode": "SSPDF"}],
                 "victims": [{"kind": "INDIVIDUAL", "sex": "FEMALE", "age": 10, "identity": {"name": "Achol Fixture"}},
                             {"consent": {"servicesReferral": true, "deidentifiedReporting": false, "identifiedSharing": false},
                              "kind": "INDIVIDUAL", "sex": "FEMALE", "age": 12, "identity": {"name": "Nyakuol Refused"}},
                             {"kind": "GROUP", "count": 3, "sex": "MALE", "ageGroup": "AGE_12_17"},
                             {"kind": "GROUP", "count": 2, "sex": "MALE", "ageGroup": "AGE_18_59"}]},
                {"type": "ATTACK_ON_SCHOOL", "perpetrators": [{"partyCode": "SSPDF"}]},
                {"type": "RAPE", "perpetrators": [{"partyCode": "SPLM-A-IO"}],
                 "victims": [{"kind": "GROUP", "count": 2, "sex": "FEMALE", "ageGroup": "AGE_12_17"}]}""")).json()
                .get("reference").asString());
        references.put("B", create(api, recorder, fixture("JUBA", "CENTRAL_EQUATORIA", "2019-05-20", """
                {"type": "ABDUCTION", "victims": [{"kind": "GROUP", "count": 5, "sex": "UNKNOWN", "ageGroup": "AGE_5_11"}]},
                {"type": "DENIAL_OF_HUMANITARIAN_ACCESS"},
                {"type": "ATTACK_ON_HOSPITAL"},
                {"type": "SEXUAL_ASSAULT", "perpetrators": [{"partyCode": "NAS"}, {"partyCode": "NSS"}],
                 "victims": [{"kind": "INDIVIDUAL", "sex": "FEMALE", "age": 25}]}""")).json().get("reference").asString());
        references.put("C", create(api, recorder, fixture("MALAKAL", "UPPER_NILE", "2019-06-01", """
                {"type": "KILLING", "victims": [{"kind": "GROUP", "count": 2, "sex": "MALE", "ageGroup": "AGE_12_17"}]},
                {"type": "RECRUITMENT_OR_USE_OF_CHILDREN", "perpetrators": [{"partyCode": "SPLM-A-IO"}],
                 "victims": [{"kind": "GROUP", "count": 3, "sex": "MALE", "ageGroup": "AGE_12_17"}]}""")).json()
                .get("reference").asString());
        references.put("D", create(api, recorder, fixture("MALAKAL", "UPPER_NILE", "2019-06-05", """
                {"type": "KILLING", "victims": [{"kind": "GROUP", "count": 10, "sex": "FEMALE", "ageGroup": "AGE_5_11"}]}"""))
                .json().get("reference").asString());
        decide(references.get("A"), "VERIFIED");
        decide(references.get("B"), "VERIFIED");
        decide(references.get("D"), "FOUND_NOT_TO_HAVE_OCCURRED");
    }

    @Test
    void mrmCountsChildVictimsOrViolationsByTheCountingRule() {
        JsonNode hq = get("/api/v1/hr-reports/mrm" + PERIOD, senior(issuer));
        assertThat(mrm(hq, "verified")).containsExactly(
                Map.entry("KILLING_AND_MAIMING", 4L), Map.entry("RECRUITMENT_OR_USE", 0L), Map.entry("SEXUAL_VIOLENCE", 2L),
                Map.entry("ABDUCTION", 5L), Map.entry("ATTACKS_ON_SCHOOLS_OR_HOSPITALS", 2L),
                Map.entry("DENIAL_OF_HUMANITARIAN_ACCESS", 1L));
        assertThat(mrm(hq, "reported")).containsExactly(
                Map.entry("KILLING_AND_MAIMING", 6L), Map.entry("RECRUITMENT_OR_USE", 3L), Map.entry("SEXUAL_VIOLENCE", 2L),
                Map.entry("ABDUCTION", 5L), Map.entry("ATTACKS_ON_SCHOOLS_OR_HOSPITALS", 2L),
                Map.entry("DENIAL_OF_HUMANITARIAN_ACCESS", 1L));
        assertThat(hq.at("/lines/0/countingUnit").asString()).isEqualTo("CHILD_VICTIMS");
        assertThat(hq.at("/lines/4/countingUnit").asString()).isEqualTo("VIOLATIONS");

        // the live figures are for human rights staff; a reporting tool gets released quarters only (ReleaseApiTest)
        assertThat(api.get("/api/v1/hr-reports/mrm" + PERIOD, issuer.token("reporting-tools", "HQ", "REPORTING")).status())
                .isEqualTo(404);

        JsonNode malakal = get("/api/v1/hr-reports/mrm" + PERIOD, officer(issuer));
        assertThat(mrm(malakal, "verified")).containsExactly(
                Map.entry("KILLING_AND_MAIMING", 4L), Map.entry("RECRUITMENT_OR_USE", 0L), Map.entry("SEXUAL_VIOLENCE", 2L),
                Map.entry("ABDUCTION", 0L), Map.entry("ATTACKS_ON_SCHOOLS_OR_HOSPITALS", 1L),
                Map.entry("DENIAL_OF_HUMANITARIAN_ACCESS", 0L));
    }

    @Test
    void maraBreaksVerifiedCrsvDownByTypePartyStateAndMonth() {
        JsonNode mara = get("/api/v1/hr-reports/mara" + PERIOD, LIVE_READER.apply(issuer));
        assertThat(mara.get("violations").asLong()).isEqualTo(2);
        assertThat(mara.get("victims").asLong()).isEqualTo(3);
        assertThat(mara.get("lines").toString())
                .contains("{\"month\":\"2019-04\",\"type\":\"RAPE\",\"partyCode\":\"SPLM-A-IO\",\"state\":\"UPPER_NILE\",\"violations\":1,\"victims\":2}")
                .contains("{\"month\":\"2019-05\",\"type\":\"SEXUAL_ASSAULT\",\"partyCode\":\"NAS\",\"state\":\"CENTRAL_EQUATORIA\",\"violations\":1,\"victims\":1}")
                .contains("{\"month\":\"2019-05\",\"type\":\"SEXUAL_ASSAULT\",\"partyCode\":\"NSS\",\"state\":\"CENTRAL_EQUATORIA\",\"violations\":1,\"victims\":1}");
        assertThat(mara.get("lines").size()).isEqualTo(3);
        assertThat(mara.toString()).doesNotContain("Achol").doesNotContain("HR-");
    }

    @Test
    void countsTheFourFormsOfHarmPerQuarter() {
        JsonNode harm = get("/api/v1/hr-reports/harm" + PERIOD, admin(issuer));
        assertThat(harm.get("quarters").size()).isEqualTo(1);
        JsonNode q2 = harm.at("/quarters/0");
        assertThat(q2.get("quarter").asString()).isEqualTo("2019-Q2");
        assertThat(q2.get("killed").asLong()).isEqualTo(6);
        assertThat(q2.get("injured").asLong()).isZero();
        assertThat(q2.get("abducted").asLong()).isEqualTo(5);
        assertThat(q2.get("crsv").asLong()).isEqualTo(3);
        assertThat(q2.get("total").asLong()).isEqualTo(14);
    }

    @Test
    void quarterlyBriefAddsUpTheVerifiedQuarter() {
        JsonNode brief = get("/api/v1/hr-reports/quarterly-brief?quarter=2019-Q2", LIVE_READER.apply(issuer));
        assertThat(brief.get("from").asString()).isEqualTo("2019-04-01");
        assertThat(brief.get("to").asString()).isEqualTo("2019-06-30");
        assertThat(brief.get("cases").asLong()).isEqualTo(2);
        assertThat(brief.get("violations").asLong()).isEqualTo(7);
        assertThat(brief.get("victims").asLong()).isEqualTo(14);
        assertThat(counts(brief.get("byParty"))).containsExactly(Map.entry("NAS", 1L), Map.entry("NSS", 1L),
                Map.entry("SPLM-A-IO", 1L), Map.entry("SSPDF", 2L), Map.entry("UNKNOWN", 3L));
        assertThat(counts(brief.get("byState"))).containsExactly(Map.entry("CENTRAL_EQUATORIA", 4L), Map.entry("UPPER_NILE", 3L));
        assertThat(counts(brief.get("byMonth"))).containsExactly(Map.entry("2019-04", 3L), Map.entry("2019-05", 4L));
        long cells = 0;
        for (JsonNode cell : brief.get("victimsBySexAndAgeGroup")) {
            cells += cell.get("victims").asLong();
        }
        assertThat(cells).isEqualTo(brief.get("victims").asLong());
        assertThat(brief.get("victimsBySexAndAgeGroup").toString())
                .contains("{\"sex\":\"UNKNOWN\",\"ageGroup\":\"AGE_5_11\",\"victims\":5}");
        assertThat(brief.at("/formsOfHarm/killed").asLong()).isEqualTo(6);
        assertThat(brief.at("/formsOfHarm/abducted").asLong()).isEqualTo(5);
        assertThat(brief.at("/formsOfHarm/crsv").asLong()).isEqualTo(3);
        assertThat(brief.get("lateVerifications").asLong()).isEqualTo(2);
        assertThat(brief.get("lateVerificationRate").asDouble()).isEqualTo(1.0);
        assertThat(brief.get("hateSpeechIncidents").asLong()).isZero();
        assertThat(brief.toString()).doesNotContain("Achol").doesNotContain("V-");
        assertThat(api.get("/api/v1/hr-reports/quarterly-brief?quarter=2019-Q5", senior(issuer)).status()).isEqualTo(400);
    }

    @Test
    void aBriefIsRecomputedOnceACaseOfItsQuarterChanges() {
        String recorder = issuer.token("hr.recorder", "HQ", "HR_READ", "HR_WRITE");
        String body = fixture("MALAKAL", "UPPER_NILE", "2018-08-01", """
                {"type": "KILLING", "perpetrators": [{"partyCode": "SPLA"}], "victims": [{"kind": "GROUP", "count": 2, "sex": "MALE"}]}""");
        String reporting = LIVE_READER.apply(issuer);
        String path = "/api/v1/hr-reports/quarterly-brief?quarter=2018-Q3";
        long before = get(path, reporting).get("violations").asLong();
        decide(create(api, recorder, body).json().get("reference").asString(), "VERIFIED");
        JsonNode after = get(path, reporting);
        assertThat(after.get("violations").asLong()).isEqualTo(before + 1);
        assertThat(get(path, reporting).get("violations").asLong()).isEqualTo(before + 1);
        decide(create(api, recorder, body).json().get("reference").asString(), "VERIFIED");
        assertThat(get(path, reporting).get("violations").asLong()).isEqualTo(before + 2);
        assertThat(counts(get(path, reporting).get("byParty"))).containsEntry("SPLA", before + 2);
    }

    @Test
    void viewsAreComputedAgainOnceACaseTheyCountChangesAndOnlyThen() {
        String reporting = LIVE_READER.apply(issuer);
        String period = "?from=2017-01-01&to=2017-12-31";
        String otherYear = "?from=2016-01-01&to=2016-12-31";
        long inPeriod = mrm(get("/api/v1/hr-reports/mrm" + period, reporting), "verified").get("KILLING_AND_MAIMING");
        long allDates = mrm(get("/api/v1/hr-reports/mrm", reporting), "verified").get("KILLING_AND_MAIMING");
        JsonNode otherYearBefore = get("/api/v1/hr-reports/mrm" + otherYear, reporting);
        long killed = get("/api/v1/hr-reports/harm" + period, reporting).findValues("killed").stream().mapToLong(JsonNode::asLong).sum();

        String recorder = issuer.token("hr.recorder", "HQ", "HR_READ", "HR_WRITE");
        decide(create(api, recorder, fixture("MALAKAL", "UPPER_NILE", "2017-10-03", """
                {"type": "KILLING", "victims": [{"kind": "INDIVIDUAL", "sex": "MALE", "age": 9}]}""")).json()
                .get("reference").asString(), "VERIFIED");

        assertThat(mrm(get("/api/v1/hr-reports/mrm" + period, reporting), "verified").get("KILLING_AND_MAIMING"))
                .isEqualTo(inPeriod + 1);
        assertThat(mrm(get("/api/v1/hr-reports/mrm", reporting), "verified").get("KILLING_AND_MAIMING")).isEqualTo(allDates + 1);
        assertThat(get("/api/v1/hr-reports/harm" + period, reporting).findValues("killed").stream().mapToLong(JsonNode::asLong).sum())
                .isEqualTo(killed + 1);
        assertThat(get("/api/v1/hr-reports/mrm" + otherYear, reporting)).isEqualTo(otherYearBefore);
    }

    private static Map<String, Long> counts(JsonNode keyCounts) {
        Map<String, Long> counts = new LinkedHashMap<>();
        keyCounts.forEach(k -> counts.put(k.get("key").asString(), k.get("violations").asLong()));
        return counts;
    }

    @Test
    void exportsDeIdentifiedCsvToHrExportHoldersOnlyAndAuditsIt() {
        ApiResponse csv = api.get("/api/v1/hr-reports/export" + PERIOD, senior(issuer));
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Cache-Control")).contains("no-store");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).startsWith("caseReference,fieldOffice,state");
        assertThat(lines[1]).startsWith("\"#event+id\",\"#org+office\",\"#adm1+name\"");
        assertThat(lines).hasSize(2 + 3 + 4 + 2);
        assertThat(csv.body()).contains(references.get("A") + ",MALAKAL,UPPER_NILE,Malakal,2019-04-10,EXACT,VERIFIED,true,")
                .contains(",ACT-1,KILLING,SSPDF,6,1,5,0,4").contains("NAS;NSS").doesNotContain("Achol")
                .doesNotContain(references.get("D"));

        assertThat(api.get("/api/v1/hr-reports/export" + PERIOD, officer(issuer)).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/hr-reports/export", issuer.token("reporting-tools", "HQ", "REPORTING")).status()).isEqualTo(403);
        ApiResponse audit = api.get("/api/v1/hr-audit/events?action=EXPORTED&actor=hr.senior", admin(issuer));
        assertThat(audit.json().get("totalElements").asInt()).isPositive();
        assertThat(api.get("/api/v1/hr-reports/mrm?from=2019-06-30&to=2019-04-01", senior(issuer)).status()).isEqualTo(400);
    }

    @Test
    void identifiedExportNamesVictimsOnlyForHoldersOfHrSensitiveAndAuditsEachCase() {
        ApiResponse csv = api.get("/api/v1/hr-reports/export" + PERIOD + "&identities=true", senior(issuer));
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.header("Cache-Control")).contains("no-store");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).endsWith(",children,victimNames");
        assertThat(lines[1]).endsWith(",\"#affected+name\"");
        assertThat(lines).hasSize(2 + 3 + 4 + 2);
        // the named child victim of case A's killing, decrypted; group victims have no names
        assertThat(csv.body()).contains(",ACT-1,KILLING,SSPDF,6,1,5,0,4,Achol Fixture\r\n");

        String exporterWithoutSensitive = issuer.token("hr.exporter", "HQ", "HR_READ", "HR_EXPORT");
        ApiResponse refused = api.get("/api/v1/hr-reports/export" + PERIOD + "&identities=true", exporterWithoutSensitive);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body()).doesNotContain("Achol");
        assertThat(api.get("/api/v1/hr-reports/export" + PERIOD, exporterWithoutSensitive).body()).doesNotContain("Achol");

        JsonNode exported = get("/api/v1/hr-audit/events?action=EXPORTED&actor=hr.senior", admin(issuer));
        assertThat(exported.toString()).contains("identified violations CSV 2019-04-01..2019-06-30");
        JsonNode identityRead = get("/api/v1/hr-audit/events?action=IDENTITY_READ&actor=hr.senior&caseReference="
                + references.get("A"), admin(issuer));
        assertThat(identityRead.toString()).contains("victim names for export");
        assertThat(get("/api/v1/hr-audit/events?action=EXPORTED&actor=hr.exporter", admin(issuer))
                .get("totalElements").asInt()).isEqualTo(1);
    }

    /**
     * A case whose victims all consented to de-identified reporting, except those written with a
     * consent of their own (A's second killing victim refused: no figure and no export may count her).
     */
    private static String fixture(String office, String state, String date, String violations) {
        return """
                {"title": "Report fixture", "fieldOffice": "%s", "occurredFrom": {"date": "%s", "precision": "EXACT"},
                 "location": {"state": "%s", "county": "%s"}, "violations": [%s]}
                """.formatted(office, date, state, "JUBA".equals(office) ? "Juba" : "Malakal",
                violations.replace("{\"kind\": ", "{\"consent\": " + RELEASABLE + ", \"kind\": "));
    }

    private static final String RELEASABLE = "{\"servicesReferral\": false, \"deidentifiedReporting\": true, \"identifiedSharing\": false}";

    @Test
    void aVictimWhoWithdrawsConsentToDeidentifiedReportingLeavesEveryFigureAndExport() {
        String period = "?from=2018-01-01&to=2018-03-31";
        ApiResponse created = create(api, issuer.token("hr.recorder", "HQ", "HR_READ", "HR_WRITE", "HR_SENSITIVE"),
                fixture("MALAKAL", "UPPER_NILE", "2018-02-02", """
                {"type": "KILLING", "victims": [{"kind": "INDIVIDUAL", "sex": "MALE", "age": 9, "identity": {"name": "Deng Withdrawn"}}]}"""));
        String reference = created.json().get("reference").asString();
        String victim = created.json().at("/violations/0/victims/0/code").asString();
        decide(reference, "VERIFIED");
        assertThat(mrm(get("/api/v1/hr-reports/mrm" + period, senior(issuer)), "verified")).containsEntry("KILLING_AND_MAIMING", 1L);
        assertThat(get("/api/v1/hr-reports/quarterly-brief?quarter=2018-Q1", senior(issuer)).get("victims").asLong()).isEqualTo(1);

        ApiResponse current = api.get("/api/v1/hr-cases/" + reference, senior(issuer));
        ApiResponse withdrawn = api.send("PUT", "/api/v1/hr-cases/" + reference + "/victims/" + victim + "/consent", senior(issuer),
                "{\"servicesReferral\": false, \"deidentifiedReporting\": false, \"identifiedSharing\": false}",
                Map.of("If-Match", current.header("ETag")));
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);

        assertThat(mrm(get("/api/v1/hr-reports/mrm" + period, senior(issuer)), "verified")).containsEntry("KILLING_AND_MAIMING", 0L);
        assertThat(get("/api/v1/hr-reports/quarterly-brief?quarter=2018-Q1", senior(issuer)).get("victims").asLong()).isZero();
        assertThat(get("/api/v1/hr-reports/harm" + period, senior(issuer)).toString()).doesNotContain("\"killed\":1");
        ApiResponse csv = api.get("/api/v1/hr-reports/export" + period + "&identities=true", senior(issuer));
        assertThat(csv.body()).contains(reference + ",").contains(",ACT-1,KILLING,,0,0,0,0,0,\r\n").doesNotContain("Deng");
    }

    private void decide(String reference, String outcome) {
        ApiResponse current = api.get("/api/v1/hr-cases/" + reference, senior(issuer));
        ApiResponse investigating = transition(api, senior(issuer), reference, current.header("ETag"), "{\"to\": \"UNDER_INVESTIGATION\"}");
        assertThat(investigating.status()).as(investigating.body()).isEqualTo(200);
        ApiResponse decided = transition(api, senior(issuer), reference, investigating.header("ETag"),
                "{\"to\": \"" + outcome + "\", \"standardOfProof\": \"REASONABLE_GROUNDS\"}");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
    }

    private JsonNode get(String path, String token) {
        ApiResponse response = api.get(path, token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static Map<String, Long> mrm(JsonNode report, String column) {
        Map<String, Long> figures = new LinkedHashMap<>();
        report.get("lines").forEach(line -> figures.put(line.get("graveViolation").asString(), line.get(column).asLong()));
        return figures;
    }
}
