package org.unmiss.humanrights.person;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.unmiss.humanrights.HrFixtures;
import org.unmiss.humanrights.report.api.CaseReports;
import org.unmiss.humanrights.report.api.MrmReport;
import org.unmiss.humanrights.report.api.QuarterlyBrief;
import org.unmiss.humanrights.report.persistence.FigureBook;
import org.unmiss.kit.security.FieldOfficeScope;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ProblemAssert;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.unmiss.humanrights.HrFixtures.admin;
import static org.unmiss.humanrights.HrFixtures.senior;

/**
 * The person registry (ADR 0090) over the real embedded store: a person's name sealed and blind-indexed, never in the
 * store in plaintext; victims linked to one person counted once in every figure (MRM, MARA, harm, quarterly brief, by
 * the cells and by the cases alike); duplicates flagged by the blind index and merged by an audited decision; and who
 * may do each of it.
 */
@ServiceTest
class PeopleApiTest {

    private static final String PEOPLE = "/api/v1/hr-people";

    @Autowired
    ApiClient api;
    @Autowired
    TestIssuer issuer;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    CaseReports fromCases;
    @Autowired
    FigureBook book;

    private JsonNode register(String token, String office, String name, String sex, int age) {
        ApiResponse response = api.post(PEOPLE, token, """
                {"fieldOffice": "%s", "name": %s, "sex": "%s", "age": %d}""".formatted(office,
                name == null ? "null" : "\"" + name + "\"", sex, age));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    /** A Malakal case on {@code date}: a girl of 12 abducted, raped and held in sexual slavery, each act its own victim record. */
    private ApiResponse girlAbductedAndRaped(String date) {
        String girl = "{\"kind\": \"INDIVIDUAL\", \"sex\": \"FEMALE\", \"age\": 12}";
        return HrFixtures.create(api, HrFixtures.officer(issuer), """
                {"title": "Abduction from a cattle camp", "fieldOffice": "MALAKAL", "occurredFrom": {"date": "%s", "precision": "EXACT"},
                 "location": {"state": "UPPER_NILE", "county": "Panyikang"},
                 "violations": [{"type": "ABDUCTION", "perpetrators": [{"partyCode": "SSPDF"}], "victims": [%s]},
                                {"type": "RAPE", "perpetrators": [{"partyCode": "SSPDF"}], "victims": [%s]},
                                {"type": "SEXUAL_SLAVERY", "perpetrators": [{"partyCode": "SSPDF"}], "victims": [%s]}]}
                """.formatted(date, girl, girl, girl));
    }

    private static List<String> victimCodes(JsonNode c) {
        List<String> codes = new ArrayList<>();
        c.get("violations").forEach(v -> v.get("victims").forEach(victim -> codes.add(victim.get("code").asString())));
        return codes;
    }

    private ApiResponse link(String token, String reference, String member, String etag, String person) {
        return api.send("PUT", "/api/v1/hr-cases/" + reference + "/members/" + member + "/person", token,
                "{\"personCode\": \"" + person + "\"}", Map.of("If-Match", etag));
    }

    /** Links every victim of the case to the person; returns the case's last ETag. */
    private String linkAll(String reference, String etag, String person) {
        String current = etag;
        for (String member : victimCodes(api.get("/api/v1/hr-cases/" + reference, senior(issuer)).json())) {
            ApiResponse linked = link(senior(issuer), reference, member, current, person);
            assertThat(linked.status()).as(linked.body()).isEqualTo(200);
            assertThat(linked.json().get("role").asString()).isEqualTo("VICTIM");
            current = linked.header("ETag");
        }
        return current;
    }

    private record Figures(long abductedChildren, long sexualViolenceChildren, long briefViolations, long briefVictims,
                           long girls12to17, long maraVictims, long harmCrsv, long harmAbducted) {

        Figures minus(Figures o) {
            return new Figures(abductedChildren - o.abductedChildren, sexualViolenceChildren - o.sexualViolenceChildren,
                    briefViolations - o.briefViolations, briefVictims - o.briefVictims, girls12to17 - o.girls12to17,
                    maraVictims - o.maraVictims, harmCrsv - o.harmCrsv, harmAbducted - o.harmAbducted);
        }
    }

    /** The figures of {@code quarter} as the API answers them (from the counted cells once they are ready). */
    private Figures figures(String quarter, LocalDate from, LocalDate to) {
        // live figures, as staff read them (reporting tools get released quarters only, ADR 0098)
        String token = issuer.token("hr.reader", "HQ", "HR_READ");
        JsonNode mrm = api.get("/api/v1/hr-reports/mrm?from=" + from + "&to=" + to, token).json();
        JsonNode brief = api.get("/api/v1/hr-reports/quarterly-brief?quarter=" + quarter, token).json();
        JsonNode mara = api.get("/api/v1/hr-reports/mara?from=" + from + "&to=" + to, token).json();
        JsonNode harm = api.get("/api/v1/hr-reports/harm?from=" + from + "&to=" + to, token).json();
        long girls = 0;
        for (JsonNode cell : brief.get("victimsBySexAndAgeGroup")) {
            if (cell.get("sex").asString().equals("FEMALE") && cell.get("ageGroup").asString().equals("AGE_12_17")) {
                girls += cell.get("victims").asLong();
            }
        }
        JsonNode harmQuarter = harm.get("quarters").isEmpty() ? null : harm.get("quarters").get(0);
        return new Figures(mrmLine(mrm, "ABDUCTION"), mrmLine(mrm, "SEXUAL_VIOLENCE"), brief.get("violations").asLong(),
                brief.get("victims").asLong(), girls, mara.get("victims").asLong(),
                harmQuarter == null ? 0 : harmQuarter.get("crsv").asLong(), harmQuarter == null ? 0 : harmQuarter.get("abducted").asLong());
    }

    private static long mrmLine(JsonNode mrm, String grave) {
        for (JsonNode line : mrm.get("lines")) {
            if (line.get("graveViolation").asString().equals(grave)) {
                return line.get("verified").asLong();
            }
        }
        throw new AssertionError("no " + grave + " in " + mrm);
    }

    @Test
    void oneGirlAbductedAndRapedIsOneVictimOfThreeViolationsInEveryFigure() {
        await().atMost(Duration.ofSeconds(60)).until(book::ready);
        LocalDate from = LocalDate.of(2021, 7, 1);
        LocalDate to = LocalDate.of(2021, 9, 30);
        Figures before = figures("2021-Q3", from, to);
        QuarterlyBrief briefBefore = fromCases.brief(FieldOfficeScope.of("HQ"), "2021-Q3", from, to);
        MrmReport mrmBefore = fromCases.mrm(FieldOfficeScope.of("HQ"), from, to, true);

        // the same three acts against one girl, recorded twice: once unlinked, once with her three records linked to her
        ApiResponse unlinked = girlAbductedAndRaped("2021-08-10");
        HrFixtures.verify(api, issuer, unlinked.json().get("reference").asString(), unlinked.header("ETag"));
        Figures afterUnlinked = figures("2021-Q3", from, to).minus(before);
        assertThat(afterUnlinked).isEqualTo(new Figures(1, 2, 3, 3, 3, 2, 2, 1));

        ApiResponse linkedCase = girlAbductedAndRaped("2021-08-11");
        String reference = linkedCase.json().get("reference").asString();
        JsonNode girl = register(senior(issuer), "MALAKAL", HrFixtures.uniqueName(), "FEMALE", 12);
        String etag = linkAll(reference, linkedCase.header("ETag"), girl.get("code").asString());
        HrFixtures.verify(api, issuer, reference, etag);

        Figures linked = figures("2021-Q3", from, to).minus(before).minus(afterUnlinked);
        // three violations, one victim: one abducted child, one child victim of sexual violence, one CRSV victim, one girl
        assertThat(linked).isEqualTo(new Figures(1, 1, 3, 1, 1, 1, 1, 1));
        // the figures summed from the cases say the same as the counted cells
        QuarterlyBrief briefAfter = fromCases.brief(FieldOfficeScope.of("HQ"), "2021-Q3", from, to);
        assertThat(briefAfter.victims() - briefBefore.victims()).isEqualTo(3 + 1);
        assertThat(briefAfter.violations() - briefBefore.violations()).isEqualTo(3 + 3);
        MrmReport mrmAfter = fromCases.mrm(FieldOfficeScope.of("HQ"), from, to, true);
        assertThat(line(mrmAfter, "SEXUAL_VIOLENCE").verified() - line(mrmBefore, "SEXUAL_VIOLENCE").verified()).isEqualTo(2 + 1);
        assertThat(line(mrmAfter, "SEXUAL_VIOLENCE").reported() - line(mrmBefore, "SEXUAL_VIOLENCE").reported()).isEqualTo(2 + 1);

        // the case list counts her once too, the unlinked case three times
        JsonNode list = api.get("/api/v1/hr-cases?occurredFrom=2021-08-10&occurredTo=2021-08-11&size=200", admin(issuer)).json();
        for (JsonNode summary : list.get("content")) {
            if (summary.get("reference").asString().equals(reference)) {
                assertThat(summary.get("victims").asInt()).isEqualTo(1);
            } else if (summary.get("reference").asString().equals(unlinked.json().get("reference").asString())) {
                assertThat(summary.get("victims").asInt()).isEqualTo(3);
            }
        }
        assertThat(list.toString()).contains(reference);
        // the case shows who each victim is; the person where they appear
        JsonNode c = api.get("/api/v1/hr-cases/" + reference, admin(issuer)).json();
        assertThat(c.at("/violations/1/victims/0/personCode").asString()).isEqualTo(girl.get("code").asString());
        JsonNode person = api.get(PEOPLE + "/" + girl.get("code").asString(), admin(issuer)).json();
        assertThat(person.get("appearances")).hasSize(3);
        assertThat(person.at("/appearances/0/caseReference").asString()).isEqualTo(reference);
    }

    private static MrmReport.Line line(MrmReport report, String grave) {
        return report.lines().stream().filter(l -> l.graveViolation().name().equals(grave)).findFirst().orElseThrow();
    }

    @Test
    void aPersonsNameIsSealedAndBlindIndexedAndOpensOnlyForHrSensitiveAfterItsReadIsAudited() {
        String name = HrFixtures.uniqueName();
        JsonNode person = register(HrFixtures.realmOfficer(issuer), "MALAKAL", name, "FEMALE", 14);
        String code = person.get("code").asString();
        assertThat(code).matches("P-[2-9A-HJ-NP-Z]{6}");
        assertThat(person.toString()).doesNotContain(name.split(" ")[1]);

        Document raw = mongo.getCollection("hr_people").find(new Document("_id", code)).first();
        assertThat(raw).isNotNull();
        assertThat(raw.toJson()).doesNotContain(name).doesNotContain(name.split(" ")[1]).doesNotContain(name.toLowerCase())
                .contains("sealedName", "nameHashes", "identityKey");

        ApiResponse byOfficer = api.get(PEOPLE + "/" + code, HrFixtures.realmOfficer(issuer));
        assertThat(byOfficer.status()).as(byOfficer.body()).isEqualTo(200);
        assertThat(byOfficer.json().get("nameRecorded").asBoolean()).isTrue();
        assertThat(byOfficer.json().get("name").isNull()).isTrue();
        assertThat(byOfficer.body()).doesNotContain(name);

        ApiResponse bySenior = api.get(PEOPLE + "/" + code, senior(issuer));
        assertThat(bySenior.json().get("name").asString()).isEqualTo(name);
        JsonNode audit = api.get("/api/v1/hr-audit/events?action=IDENTITY_READ&size=200&sort=sequence,desc", admin(issuer)).json();
        assertThat(audit.toString()).contains("person " + code).doesNotContain(name);
        assertThat(api.get("/api/v1/hr-audit/events?action=PERSON_REGISTERED&size=200", admin(issuer)).body()).contains(code);
    }

    @Test
    void duplicatesAreFlaggedByTheBlindIndexAndMergedByAnAuditedDecisionThatRelinksTheirCases() {
        String name = HrFixtures.uniqueName();
        String[] words = name.split(" ");
        JsonNode first = register(senior(issuer), "MALAKAL", name, "FEMALE", 12);
        // the same name in another order, case and accents: the same person for the blind index
        JsonNode second = register(HrFixtures.realmOfficer(issuer), "MALAKAL", words[1].toUpperCase() + " " + words[0].replace("a", "á"), "FEMALE", 12);
        JsonNode other = register(senior(issuer), "MALAKAL", HrFixtures.uniqueName(), "FEMALE", 12);
        String a = first.get("code").asString();
        String b = second.get("code").asString();

        JsonNode seen = api.get(PEOPLE + "/" + b, senior(issuer)).json();
        assertThat(seen.get("duplicateCandidates").toString()).contains(a).doesNotContain(other.get("code").asString());
        // candidates are a name match: not shown without HR_SENSITIVE
        assertThat(api.get(PEOPLE + "/" + b, HrFixtures.realmOfficer(issuer)).json().get("duplicateCandidates").isNull()).isTrue();

        ApiResponse recorded = girlAbductedAndRaped("2021-02-03");
        String reference = recorded.json().get("reference").asString();
        List<String> victims = victimCodes(recorded.json());
        ApiResponse one = link(senior(issuer), reference, victims.get(0), recorded.header("ETag"), a);
        ApiResponse two = link(senior(issuer), reference, victims.get(1), one.header("ETag"), b);
        assertThat(two.status()).as(two.body()).isEqualTo(200);

        ProblemAssert.assertProblem(api.post(PEOPLE + "/" + b + "/merge", HrFixtures.realmOfficer(issuer), "{\"into\": \"" + a + "\", \"reason\": \"same girl\"}"),
                403);
        ProblemAssert.assertProblem(api.post(PEOPLE + "/" + b + "/merge", senior(issuer), "{\"into\": \"" + b + "\", \"reason\": \"x\"}"),
                400).namingAtLeast("into");
        ApiResponse merged = api.post(PEOPLE + "/" + b + "/merge", senior(issuer),
                "{\"into\": \"" + a + "\", \"reason\": \"same girl: mother confirmed at the second interview\"}");
        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        assertThat(merged.json().get("mergedInto").asString()).isEqualTo(a);
        assertThat(merged.json().get("mergedBy").asString()).isEqualTo("hr.senior");

        JsonNode c = api.get("/api/v1/hr-cases/" + reference, senior(issuer)).json();
        assertThat(c.at("/violations/0/victims/0/personCode").asString()).isEqualTo(a);
        assertThat(c.at("/violations/1/victims/0/personCode").asString()).isEqualTo(a);
        ProblemAssert.assertProblem(link(senior(issuer), reference, victims.get(2), api.get("/api/v1/hr-cases/" + reference,
                senior(issuer)).header("ETag"), b), 400).namingAtLeast("personCode");
        String audit = api.get("/api/v1/hr-audit/events?action=PERSON_MERGED&size=200", admin(issuer)).body();
        assertThat(audit).contains(b + " into " + a).doesNotContain("mother confirmed");
        assertThat(api.get("/api/v1/hr-audit/events?action=PERSON_LINKED&caseReference=" + reference, admin(issuer)).body())
                .contains("relinked as " + a);
        assertThat(api.get("/api/v1/hr-audit/verification", admin(issuer)).json().get("intact").asBoolean()).isTrue();
        assertThat(mongo.getCollection("hr_people").find(new Document("_id", b)).first().toJson()).doesNotContain("mother");
    }

    @Test
    void linksThatWouldCountAPersonWronglyAreRefusedAndNothingIsWritten() {
        ApiResponse recorded = HrFixtures.create(api, senior(issuer), """
                {"title": "Two killings", "fieldOffice": "MALAKAL", "occurredFrom": {"date": "2021-03-03", "precision": "EXACT"},
                 "location": {"state": "UPPER_NILE"},
                 "violations": [{"type": "KILLING", "victims": [{"kind": "INDIVIDUAL", "sex": "MALE", "age": 30}]},
                                {"type": "KILLING", "victims": [{"kind": "INDIVIDUAL", "sex": "MALE", "age": 30},
                                                                {"kind": "GROUP", "count": 4, "sex": "MALE", "ageGroup": "AGE_18_59"}]},
                                {"type": "INJURY_OR_MAIMING", "victims": [{"kind": "INDIVIDUAL", "sex": "MALE", "age": 8}]}]}
                """);
        String reference = recorded.json().get("reference").asString();
        List<String> victims = victimCodes(recorded.json());
        String man = register(senior(issuer), "MALAKAL", null, "MALE", 30).get("code").asString();
        String woman = register(senior(issuer), "MALAKAL", HrFixtures.uniqueName(), "FEMALE", 30).get("code").asString();
        ApiResponse first = link(senior(issuer), reference, victims.get(0), recorded.header("ETag"), man);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        String etag = first.header("ETag");

        ProblemAssert.assertProblem(link(senior(issuer), reference, victims.get(1), etag, man), 409);  // same type twice
        ProblemAssert.assertProblem(link(senior(issuer), reference, victims.get(2), etag, man), 409);  // a group
        ProblemAssert.assertProblem(link(senior(issuer), reference, victims.get(3), etag, man), 409);  // other age group
        ProblemAssert.assertProblem(link(senior(issuer), reference, victims.get(1), etag, woman), 409); // other sex
        ProblemAssert.assertProblem(link(senior(issuer), reference, victims.get(1), recorded.header("ETag"), woman), 412);
        ProblemAssert.assertProblem(link(senior(issuer), reference, "V-NOSUCH", etag, man), 404);
        ProblemAssert.assertProblem(link(senior(issuer), reference, victims.get(1), etag, "P-222222"), 400).namingAtLeast("personCode");
        ProblemAssert.assertProblem(link(senior(issuer), reference, victims.get(1), etag, "nobody"), 400).namingAtLeast("personCode");
        assertThat(api.get("/api/v1/hr-cases/" + reference, senior(issuer)).header("ETag")).isEqualTo(etag);
    }

    @Test
    void theRegistryKeepsFieldOfficesApartAndAnswersBadInputAndBadTokensWithProblems() {
        String jubaOfficer = issuer.token("hr.officer.juba", "JUBA", HrFixtures.REALM_OFFICER);
        ProblemAssert.assertProblem(api.post(PEOPLE, HrFixtures.realmOfficer(issuer), "{\"fieldOffice\": \"JUBA\", \"sex\": \"MALE\"}"), 403);
        String code = register(HrFixtures.realmOfficer(issuer), "MALAKAL", null, "MALE", 40).get("code").asString();
        ProblemAssert.assertProblem(api.get(PEOPLE + "/" + code, jubaOfficer), 404);
        assertThat(api.get(PEOPLE + "/" + code, senior(issuer)).status()).isEqualTo(200);

        ApiResponse recorded = HrFixtures.create(api, HrFixtures.officer(issuer), HrFixtures.caseBody("MALAKAL", "2021-04-04",
                HrFixtures.uniqueName()));
        String victim = victimCodes(recorded.json()).get(0);
        String path = "/api/v1/hr-cases/" + recorded.json().get("reference").asString() + "/members/" + victim + "/person";
        String body = "{\"personCode\": \"" + code + "\"}";
        ProblemAssert.assertProblem(api.send("PUT", path, jubaOfficer, body, Map.of("If-Match", recorded.header("ETag"))), 404);
        ProblemAssert.assertProblem(api.send("PUT", path, admin(issuer), body, Map.of("If-Match", recorded.header("ETag"))), 403);
        ProblemAssert.assertProblem(api.send("PUT", path, HrFixtures.realmOfficer(issuer), body, Map.of()), 428);
        ProblemAssert.assertProblem(api.send("PUT", path, null, body, Map.of("If-Match", recorded.header("ETag"))), 401);
        ProblemAssert.assertProblem(api.send("PUT", path, issuer.forgedToken("hr.senior", "HQ", HrFixtures.SENIOR), body,
                Map.of("If-Match", recorded.header("ETag"))), 401);

        ProblemAssert.assertProblem(api.post(PEOPLE, HrFixtures.realmOfficer(issuer), "{\"fieldOffice\": \"NOWHERE\", \"sex\": \"MALE\"}"), 400).namingAtLeast("fieldOffice");
        ProblemAssert.assertProblem(api.post(PEOPLE, HrFixtures.realmOfficer(issuer), "{\"fieldOffice\": \"MALAKAL\", \"sex\": \"MALE\", \"age\": 200}"),
                400).namingAtLeast("age");
        ProblemAssert.assertProblem(api.post(PEOPLE, HrFixtures.realmOfficer(issuer), "{\"fieldOffice\": \"MALAKAL\", \"sex\": \"MALE\", \"name\": \"-- !\"}"),
                400).namingAtLeast("name");
        ProblemAssert.assertProblem(api.post(PEOPLE, HrFixtures.realmOfficer(issuer), "{\"fieldOffice\": \"MALAKAL\", \"name\": \"" + "y".repeat(300)
                + "\", \"sex\": \"MALE\"}"), 400).namingAtLeast("name");
        ProblemAssert.assertProblem(api.post(PEOPLE, issuer.token("reporting-tools", "HQ", "REPORTING"),
                "{\"fieldOffice\": \"MALAKAL\", \"sex\": \"MALE\"}"), 403);
        ProblemAssert.assertProblem(api.post(PEOPLE + "/" + code + "/merge", admin(issuer), "{\"into\": \"P-222222\", \"reason\": \"r\"}"),
                403);
    }
}
