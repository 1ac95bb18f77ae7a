package org.unmiss.systemtests;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * peace-process-service through the gateway with real Keycloak tokens: an engagement report's
 * whole workflow (four eyes: the civil affairs officer writes, the administrator approves), a
 * provision's status and the implementation matrix as of an earlier day, a ceasefire report through
 * every CTSAMVM stage and one ended by access denied, the interlocutor directory's contact details,
 * and specific answers to bad input.
 */
@ExtendWith(PlatformExtension.class)
@Order(2)
class PeaceProcessScenariosIT {

    private static ApiClient gateway;
    private static String civilAffairs;
    private static String admin;
    private static String today;
    private static String yesterday;

    @BeforeAll
    static void tokens() {
        gateway = new ApiClient(Platform.current().gateway());
        civilAffairs = Tokens.forUser("civil.affairs");
        admin = Tokens.forUser("mission.admin");
        LocalDate now = LocalDate.now(ZoneOffset.UTC);
        today = now.toString();
        yesterday = now.minusDays(1).toString();
    }

    @Test
    void anEngagementIsDraftedSubmittedApprovedByAnotherOfficerAndPublished() {
        ApiResponse draft = gateway.post("/api/v1/engagements", civilAffairs, engagement("JUBA"));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        String id = draft.json().get("id").asString();
        assertThat(draft.json().get("status").asString()).isEqualTo("DRAFT");

        ApiResponse pending = send("POST", "/api/v1/engagements/" + id + "/submit", civilAffairs, null, draft.header("ETag"));
        assertThat(pending.status()).as(pending.body()).isEqualTo(200);
        assertThat(pending.json().get("status").asString()).isEqualTo("PENDING_APPROVAL");

        // The author cannot approve: civil affairs officers do not hold PEACE_APPROVE, and the service
        // refuses an approver who wrote the report (four eyes).
        EdgeSecurityIT.assertProblem(send("POST", "/api/v1/engagements/" + id + "/approve", civilAffairs, null,
                pending.header("ETag")), 403);
        String partner = Tokens.forUser("partner.liaison");
        EdgeSecurityIT.assertProblem(gateway.get("/api/v1/engagements/" + id, partner), 404);

        ApiResponse approved = send("POST", "/api/v1/engagements/" + id + "/approve", admin, "{\"comment\":\"Clear report\"}",
                pending.header("ETag"));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        ApiResponse published = send("POST", "/api/v1/engagements/" + id + "/publish", admin, null, approved.header("ETag"));
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.json().get("history").valueStream().map(h -> h.get("by").asString()).toList())
                .containsExactly("civil.affairs", "civil.affairs", "mission.admin", "mission.admin");

        ApiResponse seen = gateway.get("/api/v1/engagements/" + id, partner);
        assertThat(seen.status()).as(seen.body()).isEqualTo(200);
        assertThat(seen.json().get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(seen.json().has("missionParticipants")).as("no internal details for partners").isFalse();
        String reporting = Tokens.forClient("reporting-tools", "reporting-tools-dev-secret");
        assertThat(gateway.get("/api/v1/engagements/" + id, reporting).status()).isEqualTo(200);
        ApiResponse csv = gateway.send("GET", "/api/v1/engagements/reports/summary?groupBy=LEVEL&from=" + yesterday, reporting,
                null, Map.of("Accept", "text/csv"));
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.body()).startsWith("level,engagements,female,male,total").contains("SUBNATIONAL,");
    }

    @Test
    void aRejectedReportGoesBackToItsAuthorAndIllegalStepsAreConflicts() {
        ApiResponse draft = gateway.post("/api/v1/engagements", civilAffairs, engagement("BOR"));
        String id = draft.json().get("id").asString();
        EdgeSecurityIT.assertProblem(send("POST", "/api/v1/engagements/" + id + "/publish", admin, null, draft.header("ETag")), 409);
        ApiResponse pending = send("POST", "/api/v1/engagements/" + id + "/submit", civilAffairs, null, draft.header("ETag"));
        ApiResponse noComment = send("POST", "/api/v1/engagements/" + id + "/reject", admin, "{}", pending.header("ETag"));
        EdgeSecurityIT.assertProblem(noComment, 400);
        assertThat(fields(noComment)).containsExactly("comment");
        ApiResponse rejected = send("POST", "/api/v1/engagements/" + id + "/reject", admin, "{\"comment\":\"Name the chapters\"}",
                pending.header("ETag"));
        assertThat(rejected.json().get("status").asString()).isEqualTo("REJECTED");
        ApiResponse noReason = send("POST", "/api/v1/engagements/" + id + "/cancel", civilAffairs, "{}", rejected.header("ETag"));
        assertThat(fields(noReason)).containsExactly("reason");
        ApiResponse cancelled = send("POST", "/api/v1/engagements/" + id + "/cancel", civilAffairs,
                "{\"reason\":\"DUPLICATE_REPORT\"}", rejected.header("ETag"));
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        EdgeSecurityIT.assertProblem(send("POST", "/api/v1/engagements/" + id + "/submit", civilAffairs, null,
                cancelled.header("ETag")), 409);
    }

    @Test
    void aProvisionsStatusChangesAndTheMatrixStillShowsAnEarlierDay() {
        ApiResponse women = gateway.get("/api/v1/agreement-chapters/provisions/I.4.4", civilAffairs);
        assertThat(women.status()).as(women.body()).isEqualTo(200);
        assertThat(women.json().at("/benchmark/target").asDouble()).isEqualTo(35.0);
        ApiResponse changed = send("POST", "/api/v1/agreement-chapters/provisions/I.4.4/status-changes", civilAffairs,
                "{\"status\":\"PARTIALLY_IMPLEMENTED\",\"effectiveDate\":\"" + today + "\",\"evidence\":\"Presidential decree\","
                        + "\"measuredValue\":33.3}", women.header("ETag"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("currentValue").asDouble()).isEqualTo(33.3);

        JsonNode now = provisionInMatrix(today, "I.4.4");
        assertThat(now.get("measuredValue").asDouble()).isEqualTo(33.3);
        assertThat(now.get("since").asString()).isEqualTo(today);
        JsonNode atSigning = provisionInMatrix("2018-12-31", "I.4.4");
        assertThat(atSigning.get("status").asString()).isEqualTo("NOT_STARTED");
        assertThat(atSigning.get("since").asString()).isEqualTo("2018-09-12");

        ApiResponse stale = send("POST", "/api/v1/agreement-chapters/provisions/I.4.4/status-changes", civilAffairs,
                "{\"status\":\"IMPLEMENTED\",\"effectiveDate\":\"" + today + "\",\"evidence\":\"x\",\"measuredValue\":35}",
                women.header("ETag"));
        EdgeSecurityIT.assertProblem(stale, 412);
    }

    @Test
    void aCeasefireReportMovesThroughEveryStageAndAccessDeniedIsRecorded() {
        ApiResponse report = gateway.post("/api/v1/ceasefire/violation-reports", civilAffairs, allegation());
        assertThat(report.status()).as(report.body()).isEqualTo(201);
        for (String stage : List.of("PRELIMINARY_INVESTIGATION", "TEAM_INVESTIGATION", "INVESTIGATION_REPORT",
                "VIOLATION_REPORT", "TECHNICAL_COMMITTEE", "BOARD")) {
            report = stage(report, stage);
            assertThat(report.status()).as(report.body()).isEqualTo(200);
            assertThat(report.json().get("stage").asString()).isEqualTo(stage);
        }
        assertThat(report.json().get("open").asBoolean()).isFalse();

        ApiResponse denied = gateway.post("/api/v1/ceasefire/violation-reports", civilAffairs, allegation());
        EdgeSecurityIT.assertProblem(stage(denied, "VIOLATION_REPORT"), 409);
        denied = stage(denied, "PRELIMINARY_INVESTIGATION");
        denied = send("POST", "/api/v1/ceasefire/violation-reports/" + id(denied) + "/access-denials", civilAffairs,
                "{\"date\":\"" + today + "\",\"place\":\"Checkpoint on the road to the site\",\"deniedBy\":\"SSPDF\"}",
                denied.header("ETag"));
        assertThat(denied.status()).as(denied.body()).isEqualTo(200);
        ApiResponse closed = send("POST", "/api/v1/ceasefire/violation-reports/" + id(denied) + "/closure", civilAffairs,
                "{\"outcome\":\"ACCESS_DENIED\",\"date\":\"" + today + "\",\"note\":\"Site could not be reached\"}",
                denied.header("ETag"));
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().get("outcome").asString()).isEqualTo("ACCESS_DENIED");

        ApiResponse byStage = gateway.get("/api/v1/ceasefire/summary?groupBy=STAGE",
                Tokens.forClient("reporting-tools", "reporting-tools-dev-secret"));
        assertThat(byStage.status()).as(byStage.body()).isEqualTo(200);
        assertThat(byStage.json().valueStream().map(r -> r.get("key").asString()).toList()).contains("ALLEGATION", "BOARD");
    }

    @Test
    void theInterlocutorDirectoryShowsContactDetailsOnlyToWritersAndNothingToPartners() {
        ApiResponse created = gateway.post("/api/v1/engagements/interlocutors", civilAffairs, """
                {"name":"System-test leader","type":"WOMEN","affiliation":"Women's peace network","position":"chairperson",
                 "level":"SUBNATIONAL","state":"LAKES","sex":"FEMALE","contact":{"email":"system.test@example.org"}}
                """);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String path = "/api/v1/engagements/interlocutors/" + id(created);
        assertThat(gateway.get(path, civilAffairs).json().at("/contact/email").asString()).isEqualTo("system.test@example.org");
        ApiResponse reader = gateway.get(path, Tokens.forUser("gender.officer.wau"));
        assertThat(reader.status()).as(reader.body()).isEqualTo(200);
        assertThat(reader.json().has("contact")).isFalse();
        EdgeSecurityIT.assertProblem(gateway.get(path, Tokens.forUser("partner.liaison")), 403);

        ApiResponse dialogues = gateway.get("/api/v1/engagements/dialogues/summary?groupBy=TYPE", Tokens.forUser("partner.liaison"));
        assertThat(dialogues.status()).as(dialogues.body()).isEqualTo(200);
        assertThat(dialogues.json().size()).as("demo dialogues were held").isPositive();
    }

    @Test
    void badInputGetsSpecificAnswers() {
        ApiResponse invalid = gateway.post("/api/v1/engagements", civilAffairs,
                engagement("JUBA").replace("\"POSITIVE\"", "\"EUPHORIC\""));
        EdgeSecurityIT.assertProblem(invalid, 400);
        assertThat(fields(invalid)).containsExactly("atmosphere");
        ApiResponse missing = gateway.post("/api/v1/ceasefire/violation-reports", civilAffairs, "{\"source\":\"PUBLIC\"}");
        assertThat(fields(missing)).contains("type", "allegedParties", "fieldOffice", "incidentDate");
        ApiResponse wrongChapter = gateway.post("/api/v1/engagements", civilAffairs, engagement("JUBA").replace("[\"V\"]", "[\"XII\"]"));
        assertThat(fields(wrongChapter)).containsExactly("agreementChapters[0]");
        ApiResponse closedOffice = gateway.post("/api/v1/engagements", civilAffairs, engagement("TORIT"));
        assertThat(fields(closedOffice)).containsExactly("fieldOffice");

        ApiResponse draft = gateway.post("/api/v1/engagements", civilAffairs, engagement("JUBA"));
        EdgeSecurityIT.assertProblem(send("POST", "/api/v1/engagements/" + id(draft) + "/submit", civilAffairs, null, null), 428);
        EdgeSecurityIT.assertProblem(send("POST", "/api/v1/engagements/" + id(draft) + "/submit", civilAffairs, null, "\"99\""), 412);
        EdgeSecurityIT.assertProblem(gateway.get("/api/v1/engagements/ENG-1999-000001", civilAffairs), 404);
        EdgeSecurityIT.assertProblem(gateway.get("/api/v1/engagements", Tokens.forUser("hr.officer.malakal")), 403);
        EdgeSecurityIT.assertProblem(gateway.post("/api/v1/engagements", Tokens.forUser("gender.officer.wau"), engagement("WAU")), 403);
        EdgeSecurityIT.assertProblem(gateway.get("/api/v1/engagements/reports/summary?groupBy=COLOUR", civilAffairs), 400);
    }

    private static String engagement(String office) {
        return """
                {"date":"%s","durationMinutes":120,"place":"County headquarters","state":"JONGLEI","level":"SUBNATIONAL",
                 "fieldOffice":"%s","purpose":"Prepare an intercommunal dialogue between two neighbouring communities",
                 "interlocutors":[{"type":"TRADITIONAL","affiliation":"Chiefs' council","position":"paramount chief","sex":"MALE"},
                                  {"type":"YOUTH","affiliation":"County youth union","position":"chairperson","sex":"FEMALE"}],
                 "topics":["INTERCOMMUNAL_CONFLICT"],"agreementChapters":["V"],"atmosphere":"POSITIVE",
                 "keyOutcomes":"Agreement to hold the dialogue within a month",
                 "nextSteps":[{"action":"Share the concept note","owner":"Civil Affairs","dueDate":"%s"}],
                 "participantsBySex":{"female":5,"male":12}}
                """.formatted(yesterday, office, today);
    }

    private static String allegation() {
        return """
                {"source":"THIRD_PARTY","reportedBy":"humanitarian organisation","type":"BLOCKING_AID_ROUTES",
                 "allegedParties":["SSPDF"],"state":"UNITY","place":"Supply road","fieldOffice":"BENTIU",
                 "incidentDate":"%s","reportedDate":"%s","description":"Aid convoy stopped on the supply road"}
                """.formatted(yesterday, yesterday);
    }

    private static ApiResponse stage(ApiResponse report, String stage) {
        return send("POST", "/api/v1/ceasefire/violation-reports/" + id(report) + "/stage", civilAffairs,
                "{\"stage\":\"" + stage + "\",\"date\":\"" + today + "\"}", report.header("ETag"));
    }

    private static JsonNode provisionInMatrix(String asOf, String code) {
        ApiResponse matrix = gateway.get("/api/v1/agreement-chapters/implementation?chapter=I&asOf=" + asOf,
                Tokens.forUser("partner.liaison"));
        assertThat(matrix.status()).as(matrix.body()).isEqualTo(200);
        return matrix.json().at("/chapters/0/provisions").valueStream()
                .filter(p -> p.get("code").asString().equals(code)).findFirst().orElseThrow();
    }

    private static ApiResponse send(String method, String path, String token, String body, String ifMatch) {
        return gateway.send(method, path, token, body, ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch));
    }

    private static String id(ApiResponse response) {
        return response.json().get("id").asString();
    }

    private static List<String> fields(ApiResponse problem) {
        assertThat(problem.status()).as(problem.body()).isEqualTo(400);
        return problem.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }
}
