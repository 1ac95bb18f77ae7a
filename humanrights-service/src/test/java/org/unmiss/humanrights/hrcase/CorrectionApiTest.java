package org.unmiss.humanrights.hrcase;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unmiss.humanrights.HrFixtures.admin;
import static org.unmiss.humanrights.HrFixtures.caseBody;
import static org.unmiss.humanrights.HrFixtures.create;
import static org.unmiss.humanrights.HrFixtures.officer;
import static org.unmiss.humanrights.HrFixtures.senior;
import static org.unmiss.humanrights.HrFixtures.transition;
import static org.unmiss.humanrights.HrFixtures.uniqueName;
import static org.unmiss.humanrights.HrFixtures.verify;
import static org.unmiss.humanrights.hrcase.CaseApiTest.assertProblem;

/**
 * Corrections of an open case with their history, and reopening a reported or closed case, through the API on the
 * embedded store: who may, in which state, with which version, and what the history, the audit log, the raw
 * document and the figures show afterwards.
 */
@ServiceTest
class CorrectionApiTest {

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;

    @Autowired
    MongoTemplate mongo;

    private ApiResponse patch(String path, String token, String etag, String body) {
        return api.send("PATCH", path, token, body, etag == null ? Map.of() : Map.of("If-Match", etag));
    }

    private ApiResponse post(String path, String token, String etag, String body) {
        return api.send("POST", path, token, body, etag == null ? Map.of() : Map.of("If-Match", etag));
    }

    @Test
    void correctsTheHeaderAndKeepsWhoWhenWhyAndWhichFieldsInTheHistory() {
        ApiResponse created = create(api, officer(issuer), caseBody("MALAKAL", "2026-02-03", uniqueName()));
        String reference = created.json().get("reference").asString();
        String place = "Wau Shilluk landing " + System.nanoTime() % 100000;
        String reason = "place was misheard at intake " + System.nanoTime() % 100000;

        ApiResponse corrected = patch("/api/v1/hr-cases/" + reference, officer(issuer), created.header("ETag"), """
                {"reason": "%s", "title": "Attack at the landing",
                 "occurredFrom": {"date": "2026-02-01", "precision": "ESTIMATE"},
                 "location": {"county": "Panyikang", "place": "%s", "latitude": 9.61, "longitude": 31.59}}
                """.formatted(reason, place));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(corrected.header("ETag")).isEqualTo("\"1\"");
        JsonNode body = corrected.json();
        assertThat(body.get("title").asString()).isEqualTo("Attack at the landing");
        assertThat(body.at("/location/place").asString()).isEqualTo(place);
        assertThat(body.at("/location/county").asString()).isEqualTo("Panyikang");
        assertThat(body.at("/location/state").asString()).isEqualTo("UPPER_NILE");
        assertThat(body.at("/location/latitude").asDouble()).isEqualTo(9.61);
        assertThat(body.at("/occurredFrom/date").asString()).isEqualTo("2026-02-01");

        JsonNode correction = body.at("/corrections/0");
        assertThat(correction.get("by").asString()).isEqualTo("hr.officer.malakal");
        assertThat(correction.get("part").asString()).isEqualTo("case");
        assertThat(correction.get("reason").asString()).isEqualTo(reason);
        assertThat(correction.get("at").isNull()).isFalse();
        Map<String, JsonNode> changes = new java.util.LinkedHashMap<>();
        correction.get("changes").forEach(c -> changes.put(c.get("field").asString(), c));
        assertThat(changes).containsOnlyKeys("title", "occurredFrom", "location.county", "location.place", "location.point");
        assertThat(changes.get("location.county").get("before").asString()).isEqualTo("Malakal");
        assertThat(changes.get("location.county").get("after").asString()).isEqualTo("Panyikang");
        assertThat(changes.get("occurredFrom").get("after").asString()).isEqualTo("2026-02-01 ESTIMATE");
        assertThat(changes.get("location.place").get("sealed").asBoolean()).isTrue();
        assertThat(changes.get("location.place").get("after").isNull()).isTrue();
        assertThat(changes.get("title").get("before").isNull()).isTrue();

        // without HR_SENSITIVE: the history names the fields, never the reason or a sealed value
        String reader = issuer.token("hr.reader.malakal", "MALAKAL", "HR_READ");
        ApiResponse read = api.get("/api/v1/hr-cases/" + reference, reader);
        assertThat(read.json().at("/corrections/0/reason").isNull()).isTrue();
        assertThat(read.json().at("/corrections/0/changes").toString()).contains("location.place").doesNotContain(place);

        String stored = mongo.getCollection("hr_cases").find(new Document("_id", reference)).first().toJson();
        assertThat(stored).contains("location.place").doesNotContain(place).doesNotContain(reason)
                .doesNotContain("Attack at the landing");

        JsonNode audit = api.get("/api/v1/hr-audit/events?action=CASE_CORRECTED&caseReference=" + reference, admin(issuer)).json();
        assertThat(audit.get("totalElements").asInt()).isEqualTo(1);
        assertThat(audit.toString()).contains("location.place").contains("hr.officer.malakal").doesNotContain(place)
                .doesNotContain(reason);
    }

    @Test
    void refusesBadCorrectionsWrongCallersStaleVersionsAndDecidedCases() {
        ApiResponse created = create(api, officer(issuer), caseBody("MALAKAL", "2026-02-04", uniqueName()));
        String reference = created.json().get("reference").asString();
        String path = "/api/v1/hr-cases/" + reference;
        String etag = created.header("ETag");
        String good = "{\"reason\": \"typo\", \"title\": \"Corrected\"}";

        assertProblem(patch(path, officer(issuer), etag, "{\"title\": \"Corrected\"}"), 400, "reason");
        assertProblem(patch(path, officer(issuer), etag, "{\"reason\": \" \", \"title\": \"Corrected\"}"), 400, "reason");
        assertProblem(patch(path, officer(issuer), etag, "{\"reason\": \"r\"}"), 400, "correction");
        assertProblem(patch(path, officer(issuer), etag, "{\"reason\": \"r\", \"title\": \"  \"}"), 400, "title");
        assertProblem(patch(path, officer(issuer), etag, "{\"reason\": \"r\", \"occurredFrom\": {\"date\": \"2999-01-01\", "
                + "\"precision\": \"EXACT\"}}"), 400, "occurredFrom.date");
        assertProblem(patch(path, officer(issuer), etag, "{\"reason\": \"r\", \"location\": {\"latitude\": 9.5}}"), 400,
                "location.longitude");
        assertProblem(patch(path, officer(issuer), etag, "{\"reason\": \"r\", \"status\": \"VERIFIED\"}"), 400, "status");
        assertProblem(patch(path, officer(issuer), null, good), 428);
        assertProblem(patch(path, officer(issuer), "\"7\"", good), 412);
        assertProblem(patch(path, issuer.token("hr.reader.malakal", "MALAKAL", "HR_READ"), etag, good), 403);
        assertProblem(patch(path, issuer.token("hr.officer.juba", "JUBA", "HR_READ", "HR_WRITE"), etag, good), 404);
        assertProblem(patch(path, null, etag, good), 401);
        assertThat(api.get(path, officer(issuer)).json().get("corrections").size()).isZero();

        String verified = verify(api, issuer, reference, etag);
        ApiResponse decided = patch(path, officer(issuer), verified, good);
        assertProblem(decided, 409);
        assertThat(decided.json().get("detail").asString()).contains("VERIFIED");
    }

    @Test
    void correctsActsVictimsAndSourcesOfAnOpenCaseEachInTheHistory() {
        ApiResponse created = create(api, officer(issuer), caseBody("MALAKAL", "2026-02-05", uniqueName()));
        String reference = created.json().get("reference").asString();
        String path = "/api/v1/hr-cases/" + reference;
        String victim = created.json().at("/violations/0/victims/0/code").asString();
        String group = created.json().at("/violations/0/victims/1/code").asString();
        String source = created.json().at("/sources/0/code").asString();
        String newName = uniqueName();

        ApiResponse act = patch(path + "/violations/ACT-1", officer(issuer), created.header("ETag"), """
                {"reason": "the victims survived", "type": "INJURY_OR_MAIMING",
                 "perpetrators": [{"partyCode": "SPLA-IO", "description": "men in green"}]}""");
        assertThat(act.status()).as(act.body()).isEqualTo(200);
        assertThat(act.json().at("/violations/0/type").asString()).isEqualTo("INJURY_OR_MAIMING");
        assertThat(act.json().at("/violations/0/perpetrators/0/partyCode").asString()).isEqualTo("SPLM-A-IO");
        assertThat(act.json().at("/violations/0/perpetrators/0/description").asString()).isEqualTo("men in green");
        assertThat(act.json().at("/violations/0/victims").size()).isEqualTo(2);
        assertThat(act.json().at("/corrections/0/part").asString()).isEqualTo("violations/ACT-1");
        assertThat(act.json().at("/corrections/0/changes").toString())
                .contains("\"before\":\"KILLING\"", "\"after\":\"INJURY_OR_MAIMING\"", "[SPLM-A-IO]", "perpetrators.description");

        ApiResponse person = patch(path + "/victims/" + victim, officer(issuer), act.header("ETag"), """
                {"reason": "age from the school record; name spelled as in the ID", "age": 11,
                 "identity": {"name": "%s"}}""".formatted(newName));
        assertThat(person.status()).as(person.body()).isEqualTo(200);
        JsonNode corrected = person.json().at("/violations/0/victims/0");
        assertThat(corrected.get("code").asString()).isEqualTo(victim);
        assertThat(corrected.get("age").asInt()).isEqualTo(11);
        assertThat(corrected.get("ageGroup").asString()).isEqualTo("AGE_5_11");
        assertThat(corrected.get("identityRecorded").asBoolean()).isTrue();
        JsonNode victimChange = person.json().at("/corrections/1");
        assertThat(victimChange.get("part").asString()).isEqualTo("victims/" + victim);
        assertThat(victimChange.get("changes").toString()).contains("\"field\":\"age\"", "\"after\":\"AGE_5_11\"", "identity.name").doesNotContain(newName);
        ApiResponse revealed = api.get(path + "?identities=true", senior(issuer));
        assertThat(revealed.json().at("/violations/0/victims/0/identity/name").asString()).isEqualTo(newName);
        assertThat(revealed.json().at("/violations/0/victims/0/identity/contact").asString()).isEqualTo("+211 912 345 678");
        String stored = mongo.getCollection("hr_cases").find(new Document("_id", reference)).first().toJson();
        assertThat(stored).doesNotContain(newName).doesNotContain("men in green");

        assertProblem(patch(path + "/victims/" + group, officer(issuer), person.header("ETag"),
                "{\"reason\": \"r\", \"identity\": {\"name\": \"n\"}}"), 400, "identity");
        assertProblem(patch(path + "/victims/V-NOPE00", officer(issuer), person.header("ETag"), "{\"reason\": \"r\", \"age\": 3}"),
                404);
        assertProblem(patch(path + "/violations/ACT-1", officer(issuer), person.header("ETag"),
                "{\"reason\": \"r\", \"type\": \"RECRUITMENT_OR_USE_OF_CHILDREN\"}"), 400, "type");
        assertProblem(patch(path + "/violations/ACT-1", officer(issuer), person.header("ETag"),
                "{\"reason\": \"r\", \"perpetrators\": [{\"partyCode\": \"NOPE\"}]}"), 400, "perpetrators[0].partyCode");
        assertProblem(patch(path + "/sources/" + source, officer(issuer), person.header("ETag"),
                "{\"reliability\": \"UNRELIABLE\"}"), 400, "reason");
        assertProblem(patch(path + "/sources/" + source, issuer.token("hr.officer.juba", "JUBA", "HR_READ", "HR_WRITE"),
                person.header("ETag"), "{\"reason\": \"r\", \"reliability\": \"UNRELIABLE\"}"), 404);
        assertProblem(patch(path + "/sources/" + source, issuer.token("hr.reader", "HQ", "HR_READ"),
                person.header("ETag"), "{\"reason\": \"r\", \"reliability\": \"UNRELIABLE\"}"), 403);
        assertProblem(patch(path + "/sources/" + source, null, person.header("ETag"),
                "{\"reason\": \"r\", \"reliability\": \"UNRELIABLE\"}"), 401);

        ApiResponse witness = patch(path + "/sources/" + source, officer(issuer), person.header("ETag"),
                "{\"reason\": \"contradicted by two others\", \"reliability\": \"UNRELIABLE\"}");
        assertThat(witness.status()).as(witness.body()).isEqualTo(200);
        assertThat(witness.json().at("/sources/0/reliability").asString()).isEqualTo("UNRELIABLE");
        assertThat(witness.json().at("/corrections/2/changes/0/before").asString()).isEqualTo("RELIABLE");
        assertProblem(patch(path + "/sources/" + source, officer(issuer), person.header("ETag"),
                "{\"reason\": \"r\", \"reliability\": \"RELIABLE\"}"), 412);
        assertThat(api.get("/api/v1/hr-audit/events?action=CASE_CORRECTED&caseReference=" + reference, admin(issuer)).json()
                .get("totalElements").asInt()).isEqualTo(3);
    }

    @Test
    void reopensAReportedCaseSoAVictimCanBeAddedAndTheFiguresFollowItsState() {
        // the live figures (a partner would see only a released quarter, frozen: ADR 0098)
        String reporting = issuer.token("hr.analyst", "HQ", "HR_READ");
        String period = "/api/v1/hr-reports/mrm?from=2021-05-01&to=2021-05-31";
        long before = killingAndMaiming(api.get(period, reporting).json());

        ApiResponse created = create(api, officer(issuer), caseBody("MALAKAL", "2021-05-20", uniqueName()));
        String reference = created.json().get("reference").asString();
        String path = "/api/v1/hr-cases/" + reference;
        String etag = verify(api, issuer, reference, created.header("ETag"));
        assertThat(killingAndMaiming(api.get(period, reporting).json())).isEqualTo(before + 1);

        String reopenBody = "{\"reason\": \"a second child victim identified\"}";
        assertProblem(post(path + "/reopen", senior(issuer), etag, reopenBody), 409);
        ApiResponse reported = transition(api, senior(issuer), reference, etag, "{\"to\": \"REPORTED\"}");
        etag = reported.header("ETag");
        assertProblem(post(path + "/reopen", senior(issuer), etag, "{}"), 400, "reason");
        assertProblem(post(path + "/reopen", officer(issuer), etag, reopenBody), 403);
        assertProblem(post(path + "/reopen", issuer.token("hr.senior.juba", "JUBA", "HR_READ", "HR_WRITE", "HR_VERIFY"), etag,
                reopenBody), 404);
        assertProblem(post(path + "/reopen", null, etag, reopenBody), 401);
        assertProblem(post(path + "/reopen", senior(issuer), "\"0\"", reopenBody), 412);
        String victim = "{\"kind\": \"INDIVIDUAL\", \"sex\": \"MALE\", \"age\": 11}";
        assertProblem(post(path + "/violations/ACT-1/victims", officer(issuer), etag, victim), 409);

        ApiResponse reopened = post(path + "/reopen", senior(issuer), etag, reopenBody);
        assertThat(reopened.status()).as(reopened.body()).isEqualTo(200);
        JsonNode step = reopened.json().at("/history/3");
        assertThat(reopened.json().get("status").asString()).isEqualTo("UNDER_INVESTIGATION");
        assertThat(step.get("from").asString()).isEqualTo("REPORTED");
        assertThat(step.get("by").asString()).isEqualTo("hr.senior");
        assertThat(step.get("note").asString()).isEqualTo("a second child victim identified");
        assertThat(reopened.json().get("verifiedAt").isNull()).isTrue();
        assertThat(killingAndMaiming(api.get(period, reporting).json())).isEqualTo(before);
        assertThat(api.get("/api/v1/hr-audit/events?action=CASE_REOPENED&caseReference=" + reference, admin(issuer)).json()
                .get("totalElements").asInt()).isEqualTo(1);

        etag = reopened.header("ETag");
        assertProblem(post(path + "/violations/ACT-1/victims", officer(issuer), etag,
                "{\"kind\": \"INDIVIDUAL\", \"sex\": \"MALE\", \"age\": 11, \"count\": 2}"), 400, "count");
        assertProblem(post(path + "/violations/ACT-9/victims", officer(issuer), etag, victim), 404);
        assertProblem(post(path + "/violations/ACT-1/victims", officer(issuer), "\"1\"", victim), 412);
        ApiResponse added = post(path + "/violations/ACT-1/victims", officer(issuer), etag, victim);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().at("/violations/0/victims").size()).isEqualTo(3);
        assertThat(added.json().at("/violations/0/victims/2/code").asString()).startsWith("V-");

        ApiResponse verifiedAgain = transition(api, senior(issuer), reference, added.header("ETag"),
                "{\"to\": \"VERIFIED\", \"standardOfProof\": \"REASONABLE_GROUNDS\"}");
        assertThat(verifiedAgain.status()).as(verifiedAgain.body()).isEqualTo(200);
        assertThat(killingAndMaiming(api.get(period, reporting).json())).isEqualTo(before + 2);
    }

    private static long killingAndMaiming(JsonNode mrm) {
        for (JsonNode line : mrm.get("lines")) {
            if (line.get("graveViolation").asString().equals("KILLING_AND_MAIMING")) {
                return line.get("verified").asLong();
            }
        }
        throw new AssertionError("no KILLING_AND_MAIMING line in " + mrm);
    }
}
