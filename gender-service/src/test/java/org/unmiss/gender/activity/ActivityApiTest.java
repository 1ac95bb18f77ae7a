package org.unmiss.gender.activity;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.unmiss.gender.activity.domain.GenderActivity;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ProblemAssert;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class ActivityApiTest {

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;

    @Autowired
    MongoTemplate mongo;

    String hqWriter;
    String wauWriter;

    @BeforeEach
    void setUp() {
        mongo.dropCollection(GenderActivity.class);
        hqWriter = issuer.token("gender.hq", "HQ", "GENDER_READ", "GENDER_WRITE");
        wauWriter = issuer.token("gender.officer.wau", "WAU", "GENDER_READ", "GENDER_WRITE");
    }

    static String training(String office, String participants, String status) {
        return """
                {"type": "TRAINING", "title": "Induction: CRSV for new deployments", "startDate": "2025-03-04", "endDate": "2025-03-04",
                 "fieldOffice": "%s", "place": "UN House, Juba", "pillars": ["PROTECTION", "PREVENTION"],
                 "audiences": ["MILITARY", "POLICE"], "partners": ["UNFPA"], "modules": ["INDUCTION", "CRSV"],
                 "participants": %s, "trainers": ["Trainer A"], "outcomes": "Pre/post test improved", "status": %s}
                """.formatted(office, participants, status == null ? "null" : "\"" + status + "\"");
    }

    static String forum(String office) {
        return """
                {"type": "WOMEN_PEACE_FORUM", "title": "Women Peace Forum", "startDate": "2025-02-10", "fieldOffice": "%s",
                 "place": "Town hall", "pillars": ["PARTICIPATION"], "audiences": ["WOMEN_LEADERS", "CIVIL_SOCIETY"],
                 "participants": {"female": 40, "male": 10, "total": 50}, "status": "HELD"}
                """.formatted(office);
    }

    ApiResponse put(String path, String token, String ifMatch, String body) {
        return api.send("PUT", path, token, body, ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch));
    }

    ApiResponse post(String path, String token, String ifMatch, String body) {
        return api.send("POST", path, token, body, ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch));
    }

    @Test
    void recordsAHeldTrainingWithParticipantsBySexAndAgeGroup() {
        String participants = """
                {"female": 12, "male": 30, "total": 42, "byAgeGroup": [
                  {"ageGroup": "AGE_18_TO_24", "female": 5, "male": 10}, {"ageGroup": "AGE_25_TO_59", "female": 7, "male": 20}]}""";
        ApiResponse created = api.post("/api/v1/gender-activities", hqWriter, training("JUBA", participants, "HELD"));
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(id).matches("GA-2025-\\d{6}");
        assertThat(created.header("Location")).endsWith("/api/v1/gender-activities/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(created.json().get("quarter").asString()).isEqualTo("2025-Q1");
        assertThat(created.json().get("participants").get("female").asInt()).isEqualTo(12);

        ApiResponse read = api.get("/api/v1/gender-activities/" + id, hqWriter);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("participants").get("byAgeGroup").size()).isEqualTo(2);
        assertThat(read.json().get("status").asString()).isEqualTo("HELD");
    }

    @Test
    void refusesParticipantsThatDoNotAddUpNamingTheMismatch() {
        ApiResponse bad = api.post("/api/v1/gender-activities", hqWriter,
                training("JUBA", "{\"female\": 12, \"male\": 30, \"total\": 47}", null));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("participants.total");
        assertThat(bad.json().get("detail").asString()).contains("42").contains("47");

        ApiResponse badAges = api.post("/api/v1/gender-activities", hqWriter, training("JUBA", """
                {"female": 2, "male": 3, "total": 5, "byAgeGroup": [{"ageGroup": "UNDER_18", "female": 1, "male": 3}]}""", null));
        assertThat(badAges.status()).isEqualTo(400);
        assertThat(badAges.json().get("errors").get(0).get("field").asString()).isEqualTo("participants.byAgeGroup");
        assertThat(badAges.json().get("errors").get(0).get("reason").asString()).contains("female");
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(), GenderActivity.class)).isZero();
    }

    @Test
    void refusesUnknownPillarsOfficesEnumsAndFields() {
        ApiResponse pillar = api.post("/api/v1/gender-activities", hqWriter,
                training("JUBA", "null", null).replace("\"PREVENTION\"", "\"PEACEKEEPING\""));
        assertThat(pillar.status()).isEqualTo(400);
        assertThat(pillar.json().get("errors").get(0).get("field").asString()).isEqualTo("pillars[1]");

        ApiResponse office = api.post("/api/v1/gender-activities", hqWriter, training("NAIROBI", "null", null));
        assertThat(office.status()).isEqualTo(400);
        assertThat(office.json().get("errors").get(0).get("field").asString()).isEqualTo("fieldOffice");

        ApiResponse closed = api.post("/api/v1/gender-activities", hqWriter,
                training("AWEIL", "null", null).replace("2025-03-04", "2026-03-04"));
        assertThat(closed.status()).isEqualTo(400);
        assertThat(closed.json().get("errors").get(0).get("reason").asString()).contains("closed");

        ApiResponse type = api.post("/api/v1/gender-activities", hqWriter, training("JUBA", "null", null).replace("\"TRAINING\"", "\"PARTY\""));
        assertThat(type.status()).isEqualTo(400);
        assertThat(type.body()).contains("type");

        ApiResponse unknown = api.post("/api/v1/gender-activities", hqWriter, training("JUBA", "null", null).replace("\"place\"", "\"venue\""));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("venue");

        ApiResponse missing = api.post("/api/v1/gender-activities", hqWriter, "{\"type\": \"TRAINING\"}");
        // the fields the problem names (every problem body has a "title" member, so the body's text proves nothing)
        ProblemAssert.assertProblem(missing, 400).namingAtLeast("title", "startDate", "fieldOffice", "pillars");
    }

    @Test
    void statusGoesFromPlannedToHeldOrCancelledWithAReason() {
        ApiResponse planned = api.post("/api/v1/gender-activities", hqWriter, training("JUBA", "null", null));
        assertThat(planned.json().get("status").asString()).isEqualTo("PLANNED");
        String path = "/api/v1/gender-activities/" + planned.json().get("id").asString();

        ApiResponse heldWithoutCount = post(path + "/status", hqWriter, "\"0\"", "{\"status\": \"HELD\"}");
        assertThat(heldWithoutCount.status()).isEqualTo(400);
        assertThat(heldWithoutCount.json().get("errors").get(0).get("field").asString()).isEqualTo("participants");

        ApiResponse noReason = post(path + "/status", hqWriter, "\"0\"", "{\"status\": \"CANCELLED\"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");

        assertThat(post(path + "/status", hqWriter, null, "{\"status\": \"CANCELLED\", \"reason\": \"x\"}").status()).isEqualTo(428);
        assertThat(post(path + "/status", hqWriter, "\"7\"", "{\"status\": \"CANCELLED\", \"reason\": \"x\"}").status()).isEqualTo(412);

        ApiResponse cancelled = post(path + "/status", hqWriter, "\"0\"", "{\"status\": \"CANCELLED\", \"reason\": \"Flights grounded\"}");
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.header("ETag")).isEqualTo("\"1\"");
        assertThat(cancelled.json().get("cancellationReason").asString()).isEqualTo("Flights grounded");

        assertThat(post(path + "/status", hqWriter, "\"1\"", "{\"status\": \"HELD\"}").status()).isEqualTo(409);
        assertThat(put(path, hqWriter, "\"1\"", training("JUBA", "null", null)).status()).isEqualTo(409);
    }

    @Test
    void updatesNeedTheCurrentVersion() {
        ApiResponse planned = api.post("/api/v1/gender-activities", hqWriter, training("JUBA", "null", null));
        String path = "/api/v1/gender-activities/" + planned.json().get("id").asString();
        String revised = training("BOR", "{\"female\": 1, \"male\": 2, \"total\": 3}", null);

        assertThat(put(path, hqWriter, null, revised).status()).isEqualTo(428);
        ApiResponse ok = put(path, hqWriter, "\"0\"", revised);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().get("fieldOffice").asString()).isEqualTo("BOR");
        assertThat(ok.header("ETag")).isEqualTo("\"1\"");
        assertThat(put(path, hqWriter, "\"0\"", revised).status()).isEqualTo(412);
        assertThat(put(path, hqWriter, "\"1\"", training("BOR", "null", "HELD")).status()).isEqualTo(400);
    }

    @Test
    void aFieldOfficeBoundUserWorksOnlyWithinTheirOffice() {
        String juba = api.post("/api/v1/gender-activities", hqWriter, training("JUBA", "null", null)).json().get("id").asString();
        String wau = api.post("/api/v1/gender-activities", wauWriter, training("WAU", "null", null)).json().get("id").asString();

        assertThat(api.get("/api/v1/gender-activities/" + juba, wauWriter).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/gender-activities/" + wau, wauWriter).status()).isEqualTo(200);
        ApiResponse elsewhere = api.post("/api/v1/gender-activities", wauWriter, training("JUBA", "null", null));
        assertThat(elsewhere.status()).isEqualTo(403);
        assertThat(elsewhere.json().get("detail").asString()).isEqualTo("Activities of field office JUBA are outside your field office");
        assertThat(put("/api/v1/gender-activities/" + juba, wauWriter, "\"0\"", training("WAU", "null", null)).status()).isEqualTo(404);
        assertThat(put("/api/v1/gender-activities/" + wau, wauWriter, "\"0\"", training("JUBA", "null", null)).status()).isEqualTo(403);

        ApiResponse list = api.get("/api/v1/gender-activities", wauWriter);
        assertThat(list.json().findValuesAsString("id")).containsExactly(wau);
        assertThat(api.get("/api/v1/gender-activities?fieldOffice=JUBA", wauWriter).json().get("totalElements").asInt()).isZero();
        assertThat(api.get("/api/v1/gender-activities", hqWriter).json().get("totalElements").asInt()).isEqualTo(2);
        assertThat(api.get("/api/v1/gender-activities", issuer.tokenWithoutOffice("nobody", "GENDER_READ")).json().get("totalElements").asInt())
                .isZero();
    }

    @Test
    void aRetriedCreateWithTheSameIdempotencyKeyRecordsOnce() {
        Map<String, String> key = Map.of("Idempotency-Key", "training-2025-03-04-juba");
        ApiResponse first = api.send("POST", "/api/v1/gender-activities", hqWriter, training("JUBA", "null", null), key);
        ApiResponse retry = api.send("POST", "/api/v1/gender-activities", hqWriter, training("JUBA", "null", null), key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
        assertThat(api.get("/api/v1/gender-activities", hqWriter).json().get("totalElements").asInt()).isEqualTo(1);
        assertThat(api.send("POST", "/api/v1/gender-activities", hqWriter, training("BOR", "null", null), key).status()).isEqualTo(422);
    }

    @Test
    void filtersAndSortsInTheStore() {
        api.post("/api/v1/gender-activities", hqWriter, training("JUBA", "null", null));
        api.post("/api/v1/gender-activities", hqWriter, forum("BOR"));
        assertThat(api.get("/api/v1/gender-activities?type=WOMEN_PEACE_FORUM", hqWriter).json().get("totalElements").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/gender-activities?module=CRSV&partner=unfpa", hqWriter).json().get("totalElements").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/gender-activities?pillar=PARTICIPATION", hqWriter).json().get("totalElements").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/gender-activities?from=2025-03-01", hqWriter).json().get("totalElements").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/gender-activities?sort=startDate,asc", hqWriter).json().get("content").get(0).get("type").asString())
                .isEqualTo("WOMEN_PEACE_FORUM");
        ApiResponse badType = api.get("/api/v1/gender-activities?type=PARTY", hqWriter);
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.body()).contains("type");
        ApiResponse badSort = api.get("/api/v1/gender-activities?sort=participants&size=500", hqWriter);
        assertThat(badSort.status()).isEqualTo(400);
        assertThat(badSort.body()).contains("sort").contains("size");
    }

    @Test
    void forumsCarryActionPointsAndOverdueOnesAreListed() {
        ApiResponse forum = api.post("/api/v1/gender-activities", hqWriter, forum("BOR"));
        String path = "/api/v1/gender-activities/" + forum.json().get("id").asString();
        LocalDate past = LocalDate.now().minusDays(10);
        LocalDate future = LocalDate.now().plusDays(30);

        ApiResponse first = post(path + "/action-points", hqWriter, "\"0\"",
                "{\"description\": \"Nominate women to the county peace committee\", \"owner\": \"County commissioner\", \"dueDate\": \"" + past + "\"}");
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("Location")).endsWith(path + "/action-points/AP-1");
        ApiResponse second = post(path + "/action-points", hqWriter, "\"1\"",
                "{\"description\": \"Safe transport to the next forum\", \"owner\": \"Gender Section Bor\", \"dueDate\": \"" + future + "\"}");
        assertThat(second.status()).isEqualTo(201);
        assertThat(post(path + "/action-points", hqWriter, "\"1\"", "{\"description\": \"x\", \"owner\": \"y\", \"dueDate\": \"" + past + "\"}")
                .status()).isEqualTo(412);

        ApiResponse overdue = api.get("/api/v1/gender-activities/action-points?overdue=true", hqWriter);
        assertThat(overdue.status()).isEqualTo(200);
        assertThat(overdue.json().get("totalElements").asInt()).isEqualTo(1);
        assertThat(overdue.json().get("content").get(0).get("id").asString()).isEqualTo("AP-1");
        assertThat(overdue.json().get("content").get(0).get("daysOverdue").asInt()).isEqualTo(10);
        assertThat(overdue.json().get("content").get(0).get("fieldOffice").asString()).isEqualTo("BOR");
        assertThat(api.get("/api/v1/gender-activities/action-points", hqWriter).json().get("totalElements").asInt()).isEqualTo(2);
        assertThat(api.get("/api/v1/gender-activities/action-points?overdue=true", wauWriter).json().get("totalElements").asInt()).isZero();

        ApiResponse done = put(path + "/action-points/AP-1", hqWriter, "\"2\"",
                "{\"owner\": \"County commissioner\", \"dueDate\": \"" + past + "\", \"status\": \"DONE\", \"followUp\": \"Three women nominated\"}");
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.json().get("actionPoints").get(0).get("closedOn").asString()).isEqualTo(LocalDate.now().toString());
        assertThat(api.get("/api/v1/gender-activities/action-points?overdue=true", hqWriter).json().get("totalElements").asInt()).isZero();
        assertThat(put(path + "/action-points/AP-1", hqWriter, "\"3\"",
                "{\"owner\": \"x\", \"dueDate\": \"" + past + "\", \"status\": \"OPEN\"}").status()).isEqualTo(409);
        assertThat(put(path + "/action-points/AP-9", hqWriter, "\"3\"",
                "{\"owner\": \"x\", \"dueDate\": \"" + past + "\", \"status\": \"OPEN\"}").status()).isEqualTo(404);

        String training = api.post("/api/v1/gender-activities", hqWriter, training("JUBA", "null", null)).json().get("id").asString();
        assertThat(post("/api/v1/gender-activities/" + training + "/action-points", hqWriter, "\"0\"",
                "{\"description\": \"x\", \"owner\": \"y\", \"dueDate\": \"" + past + "\"}").status()).isEqualTo(409);
    }
}
