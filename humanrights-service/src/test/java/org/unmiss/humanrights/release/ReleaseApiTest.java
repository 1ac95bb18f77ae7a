package org.unmiss.humanrights.release;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unmiss.humanrights.HrFixtures.SENIOR;
import static org.unmiss.humanrights.HrFixtures.admin;
import static org.unmiss.humanrights.HrFixtures.create;
import static org.unmiss.humanrights.HrFixtures.officer;
import static org.unmiss.humanrights.HrFixtures.senior;
import static org.unmiss.humanrights.HrFixtures.transition;
import static org.unmiss.kit.testing.ProblemAssert.assertProblem;

/**
 * Released quarters (ADR 0098) on a fixture no other test uses: 2011-Q1 holds five Juba cases of three acts of two
 * adult victims each, and one case of a child's abduction (one victim, a small cell); 2011-Q2 holds one case and is
 * never released. Partners and reporting tools get the frozen release with small cells withheld; staff the live figures.
 */
@ServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReleaseApiTest {

    private static final String BRIEF = "/api/v1/hr-reports/quarterly-brief?quarter=2011-Q1";
    private static final String Q1 = "?from=2011-01-01&to=2011-03-31";

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;

    private String partner;
    private String reporting;

    @BeforeAll
    void recordAndRelease() {
        partner = issuer.serviceAccountToken("partner-agency", "HQ", "PARTNER");
        reporting = issuer.serviceAccountToken("reporting-tools", "HQ", "REPORTING");
        for (int i = 0; i < 5; i++) {
            verified("2011-02-0" + (i + 1), act("KILLING") + ", " + act("TORTURE") + ", " + act("INJURY_OR_MAIMING"));
        }
        verified("2011-02-10", """
                {"type": "ABDUCTION", "victims": [{"kind": "INDIVIDUAL", "sex": "FEMALE", "age": 15}]}""");
        verified("2011-05-10", act("KILLING"));
        ApiResponse released = api.post("/api/v1/hr-reports/releases", senior(issuer), "{\"quarter\": \"2011-Q1\"}");
        assertThat(released.status()).as(released.body()).isEqualTo(201);
        assertThat(released.json().get("releasedBy").asString()).isEqualTo("hr.senior");
    }

    @Test
    void aPartnerGetsTheReleasedQuarterWithSmallCellsWithheld() {
        JsonNode brief = get(BRIEF, partner);
        assertThat(brief.get("cases").asLong()).isEqualTo(6);
        assertThat(brief.get("violations").asLong()).isEqualTo(16);
        assertThat(brief.get("victims").asLong()).isEqualTo(31);
        assertThat(brief.at("/release/quarter").asString()).isEqualTo("2011-Q1");
        assertThat(brief.at("/release/smallCellThreshold").asInt()).isEqualTo(5);
        List<String> withheld = texts(brief.at("/release/withheld"));
        // the abduction (1 violation, 1 victim) is withheld, and one more type so that the rest is not 1
        assertThat(withheld).contains("byType[ABDUCTION]", "formsOfHarm.abducted", "victimsBySexAndAgeGroup[FEMALE|AGE_12_17]");
        List<String> types = new ArrayList<>();
        long published = 0;
        for (JsonNode type : brief.get("byType")) {
            types.add(type.get("type").asString());
            published += type.get("violations").asLong();
        }
        assertThat(types).hasSize(2).doesNotContain("ABDUCTION");
        assertThat(brief.get("violations").asLong() - published).isGreaterThanOrEqualTo(5);
        // the only other sex and age cell would give the withheld one back from the total: both are withheld
        assertThat(brief.get("victimsBySexAndAgeGroup").isEmpty()).isTrue();
        assertThat(brief.at("/formsOfHarm/abducted").asLong()).isZero();
        assertThat(brief.at("/formsOfHarm/killed").asLong() + brief.at("/formsOfHarm/injured").asLong()).isEqualTo(10);
        assertThat(texts(brief.get("byParty").findValues("key"))).containsExactly("UNKNOWN");
        assertThat(brief.toString()).doesNotContain("V-").doesNotContain("HR-");

        JsonNode mrm = get("/api/v1/hr-reports/mrm" + Q1, reporting);
        assertThat(texts(mrm.at("/release/withheld"))).containsExactly("lines[ABDUCTION]");
        assertThat(mrm.get("lines").findValues("graveViolation").stream().map(JsonNode::asString)).doesNotContain("ABDUCTION");
        assertThat(mrm.get("lines").findValues("reported").stream().allMatch(JsonNode::isNull)).isTrue();
        JsonNode harm = get("/api/v1/hr-reports/harm" + Q1, partner);
        assertThat(harm.at("/quarters/0/abducted").asLong()).isZero();
        assertThat(harm.at("/quarters/0/total").asLong()).isEqualTo(21);
        assertThat(texts(harm.at("/release/withheld"))).contains("quarters[2011-Q1].abducted");
        assertThat(get("/api/v1/hr-reports/mara" + Q1, partner).get("violations").asLong()).isZero();
    }

    @Test
    void staffKeepTheLiveFiguresAndTheReleaseStaysFrozen() {
        JsonNode live = get(BRIEF, officerAtHeadquarters());
        assertThat(live.get("release").isNull()).isTrue();
        assertThat(texts(live.get("byType").findValues("type"))).contains("ABDUCTION");
        long casesBefore = live.get("cases").asLong();

        verified("2011-03-01", act("KILLING"));

        assertThat(get(BRIEF, officerAtHeadquarters()).get("cases").asLong()).isEqualTo(casesBefore + 1);
        assertThat(get(BRIEF, partner).get("cases").asLong()).isEqualTo(6);
    }

    @Test
    void anUnreleasedQuarterIsNotFoundForPartnersAndAnyOtherPeriodIsRefused() {
        assertProblem(api.get("/api/v1/hr-reports/quarterly-brief?quarter=2011-Q2", partner), 404);
        ApiResponse unreleased = api.get("/api/v1/hr-reports/mrm?from=2011-04-01&to=2011-06-30", reporting);
        assertProblem(unreleased, 404);
        assertThat(unreleased.json().get("detail").asString()).contains("2011-Q2 are not released");
        assertThat(unreleased.body()).doesNotContain("KILLING");
        ApiResponse notAQuarter = api.get("/api/v1/hr-reports/mara?from=2011-01-01&to=2011-06-30", partner);
        assertProblem(notAQuarter, 400);
        assertThat(notAQuarter.body()).contains("\"field\":\"from\"");
        assertProblem(api.get("/api/v1/hr-reports/harm", partner), 400);
        // staff read the same unreleased quarter live
        assertThat(get("/api/v1/hr-reports/quarterly-brief?quarter=2011-Q2", officerAtHeadquarters()).get("cases").asLong())
                .isEqualTo(1);
        assertThat(texts(get("/api/v1/hr-reports/releases", partner).findValues("quarter"))).contains("2011-Q1")
                .doesNotContain("2011-Q2");
        assertThat(get("/api/v1/hr-reports/releases", partner).at("/0/releasedBy").isNull()).isTrue();
    }

    @Test
    void aCallerBoundToAFieldOfficeGetsThatOfficesReleasedFigures() {
        String juba = issuer.token("reporting.juba", "JUBA", "REPORTING");
        String malakal = issuer.token("reporting.malakal", "MALAKAL", "REPORTING");
        String noOffice = issuer.tokenWithoutOffice("reporting.nowhere", "REPORTING");
        assertThat(get(BRIEF, juba).get("cases").asLong()).isEqualTo(6);
        assertThat(get(BRIEF, malakal).get("cases").asLong()).isZero();
        assertThat(get(BRIEF, noOffice).get("cases").asLong()).isZero();
    }

    @Test
    void onlyASeniorOfficerAtHeadquartersReleasesAnEndedQuarterOnce() {
        String path = "/api/v1/hr-reports/releases";
        assertProblem(api.post(path, senior(issuer), "{\"quarter\": \"2011-Q1\"}"), 409);
        assertProblem(api.post(path, officer(issuer), "{\"quarter\": \"2011-Q3\"}"), 403);
        assertProblem(api.post(path, issuer.token("hr.verifier", "HQ", "HR_READ", "HR_VERIFY"), "{\"quarter\": \"2011-Q3\"}"), 403);
        assertProblem(api.post(path, issuer.token("hr.senior.malakal", "MALAKAL", SENIOR), "{\"quarter\": \"2011-Q3\"}"), 403);
        assertProblem(api.post(path, issuer.serviceAccountToken("some-service", "HQ", "HR_VERIFY", "HR_RELEASE"),
                "{\"quarter\": \"2011-Q3\"}"), 403);
        assertProblem(api.post(path, partner, "{\"quarter\": \"2011-Q3\"}"), 403);
        assertProblem(api.post(path, null, "{\"quarter\": \"2011-Q3\"}"), 401);
        assertProblem(api.post(path, issuer.forgedToken("hr.senior", "HQ", SENIOR), "{\"quarter\": \"2011-Q3\"}"), 401);
        ApiResponse notEnded = api.post(path, senior(issuer), "{\"quarter\": \"2100-Q4\"}");
        assertProblem(notEnded, 400);
        assertThat(notEnded.body()).contains("\"field\":\"quarter\"");
        assertProblem(api.post(path, senior(issuer), "{\"quarter\": \"2011-Q5\"}"), 400);
        assertThat(get(path, admin(issuer)).toString()).doesNotContain("2011-Q3");
        assertThat(get("/api/v1/hr-audit/events?action=FIGURES_RELEASED", admin(issuer)).toString()).contains("2011-Q1");
    }

    private String officerAtHeadquarters() {
        return issuer.token("hr.analyst", "HQ", "HR_READ");
    }

    private static String act(String type) {
        return "{\"type\": \"" + type + "\", \"victims\": [{\"kind\": \"GROUP\", \"count\": 2, \"sex\": \"MALE\", \"ageGroup\": \"AGE_18_59\"}]}";
    }

    private void verified(String date, String violations) {
        String body = """
                {"title": "Release fixture", "fieldOffice": "JUBA", "occurredFrom": {"date": "%s", "precision": "EXACT"},
                 "location": {"state": "CENTRAL_EQUATORIA", "county": "Juba"}, "violations": [%s]}
                """.formatted(date, violations);
        ApiResponse created = create(api, issuer.token("hr.recorder", "HQ", "HR_READ", "HR_WRITE"), body);
        String reference = created.json().get("reference").asString();
        ApiResponse investigating = transition(api, senior(issuer), reference, created.header("ETag"), "{\"to\": \"UNDER_INVESTIGATION\"}");
        assertThat(investigating.status()).as(investigating.body()).isEqualTo(200);
        ApiResponse decided = transition(api, senior(issuer), reference, investigating.header("ETag"),
                "{\"to\": \"VERIFIED\", \"standardOfProof\": \"REASONABLE_GROUNDS\"}");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
    }

    private JsonNode get(String path, String token) {
        ApiResponse response = api.get(path, token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.header("Cache-Control")).contains("no-store");
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
