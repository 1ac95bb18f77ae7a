package org.unmiss.peace.ceasefire;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.peace.support.PeaceApiTest;
import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CeasefireApiTest extends PeaceApiTest {

    static final String ALLEGATION = """
            {"source":"PARTIES","reportedBy":"SPLA-IO","type":"MILITARY_FIGHTING","allegedParties":["SSPDF"],
             "state":"UNITY","county":"Leer","place":"Near the river crossing","fieldOffice":"BENTIU",
             "incidentDate":"2025-06-01","reportedDate":"2025-06-02","description":"Exchange of fire reported"}
            """;
    static final String[] STAGES = {"PRELIMINARY_INVESTIGATION", "TEAM_INVESTIGATION", "INVESTIGATION_REPORT",
            "VIOLATION_REPORT", "TECHNICAL_COMMITTEE", "BOARD"};

    @BeforeEach
    void empty() {
        clean("ceasefire_reports");
    }

    @Test
    void anAllegationMovesThroughEveryStageToTheBoard() {
        ApiResponse report = api().post("/api/v1/ceasefire/violation-reports", civilAffairs(), ALLEGATION);
        assertThat(report.status()).as(report.body()).isEqualTo(201);
        assertThat(report.json().get("id").asString()).matches("CF-2025-\\d{6}");
        assertThat(report.json().get("stage").asString()).isEqualTo("ALLEGATION");
        for (int i = 0; i < STAGES.length; i++) {
            report = stage(report, STAGES[i], "2025-06-" + (10 + i));
            assertThat(report.status()).as(report.body()).isEqualTo(200);
        }
        assertThat(report.json().get("stage").asString()).isEqualTo("BOARD");
        assertThat(report.json().get("open").asBoolean()).isFalse();
        assertThat(report.json().get("history").size()).isEqualTo(7);
        assertProblem(stage(report, "BOARD", "2025-06-30"), 409);
        assertProblem(close(report, "NOT_SUBSTANTIATED"), 409);
    }

    @Test
    void stagesCannotBeSkippedOrRepeated() {
        ApiResponse report = api().post("/api/v1/ceasefire/violation-reports", civilAffairs(), ALLEGATION);
        ApiResponse skipped = stage(report, "VIOLATION_REPORT", "2025-06-05");
        assertProblem(skipped, 409);
        assertThat(skipped.json().get("detail").asString()).contains("PRELIMINARY_INVESTIGATION");
        ApiResponse preliminary = stage(report, "PRELIMINARY_INVESTIGATION", "2025-06-05");
        assertProblem(stage(preliminary, "PRELIMINARY_INVESTIGATION", "2025-06-06"), 409);
        assertBadRequest(stage(preliminary, "TEAM_INVESTIGATION", "2025-06-01"), "date");
        assertBadRequest(stage(preliminary, "TEAM_INVESTIGATION", "2099-06-01"), "date");
        assertBadRequest(stage(preliminary, "NOWHERE", "2025-06-06"), "stage");
    }

    @Test
    void accessDeniedIsRecordedAndCanEndTheAllegation() {
        ApiResponse report = api().post("/api/v1/ceasefire/violation-reports", civilAffairs(), ALLEGATION);
        assertProblem(deny(report), 409);
        assertBadRequest(close(report, "ACCESS_DENIED"), "outcome");
        ApiResponse team = stage(stage(report, "PRELIMINARY_INVESTIGATION", "2025-06-05"), "TEAM_INVESTIGATION", "2025-06-07");
        ApiResponse denied = deny(team);
        assertThat(denied.status()).as(denied.body()).isEqualTo(200);
        assertThat(denied.json().at("/accessDenials/0/deniedBy").asString()).isEqualTo("SSPDF");
        assertThat(denied.json().at("/accessDenials/0/stage").asString()).isEqualTo("TEAM_INVESTIGATION");
        ApiResponse closed = close(denied, "ACCESS_DENIED");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().get("outcome").asString()).isEqualTo("ACCESS_DENIED");
        assertThat(closed.json().get("open").asBoolean()).isFalse();
        assertProblem(stage(closed, "INVESTIGATION_REPORT", "2025-06-09"), 409);
        assertProblem(deny(closed), 409);
    }

    @Test
    void badAllegationsAreRefusedWithEveryFieldNamed() {
        assertBadRequest(api().post("/api/v1/ceasefire/violation-reports", civilAffairs(), "{}"),
                "source", "reportedBy", "type", "allegedParties", "state", "place", "fieldOffice", "incidentDate",
                "reportedDate", "description");
        assertBadRequest(api().post("/api/v1/ceasefire/violation-reports", civilAffairs(),
                ALLEGATION.replace("\"reportedDate\":\"2025-06-02\"", "\"reportedDate\":\"2025-05-02\"")), "reportedDate");
        assertBadRequest(api().post("/api/v1/ceasefire/violation-reports", civilAffairs(),
                ALLEGATION.replace("MILITARY_FIGHTING", "ROBBERY")), "type");
        assertBadRequest(api().post("/api/v1/ceasefire/violation-reports", civilAffairs(),
                ALLEGATION.replace("[\"SSPDF\"]", "[\"SSPDF\",\"SSPDF\"]")), "allegedParties");
        assertBadRequest(api().post("/api/v1/ceasefire/violation-reports", civilAffairs(),
                ALLEGATION.replace("[\"SSPDF\"]", "[\"some soldiers\"]")), "allegedParties[0]");
    }

    @Test
    void fieldOfficeUsersSeeTheirOfficesReports() {
        ApiResponse bentiu = api().post("/api/v1/ceasefire/violation-reports", civilAffairs(), ALLEGATION);
        String malakal = issuer.token("ca.malakal", "MALAKAL", "PEACE_READ", "PEACE_WRITE");
        assertProblem(api().get("/api/v1/ceasefire/violation-reports/" + bentiu.json().get("id").asString(), malakal), 404);
        assertThat(api().get("/api/v1/ceasefire/violation-reports", malakal).json().get("totalElements").asInt()).isZero();
        assertProblem(api().post("/api/v1/ceasefire/violation-reports", malakal, ALLEGATION), 403);
        assertProblem(send("POST", "/api/v1/ceasefire/violation-reports/" + bentiu.json().get("id").asString() + "/stage",
                malakal, "{\"stage\":\"PRELIMINARY_INVESTIGATION\",\"date\":\"2025-06-03\"}", bentiu.header("ETag")), 404);
    }

    @Test
    void theSummaryCountsByTypePartyAndStage() {
        api().post("/api/v1/ceasefire/violation-reports", civilAffairs(), ALLEGATION);
        ApiResponse second = api().post("/api/v1/ceasefire/violation-reports", civilAffairs(),
                ALLEGATION.replace("[\"SSPDF\"]", "[\"SSPDF\",\"SPLA-IO\"]").replace("MILITARY_FIGHTING", "BLOCKING_AID_ROUTES"));
        stage(second, "PRELIMINARY_INVESTIGATION", "2025-06-03");
        assertThat(counts("TYPE")).containsExactlyInAnyOrderEntriesOf(Map.of("MILITARY_FIGHTING", 1L, "BLOCKING_AID_ROUTES", 1L));
        // SPLA-IO is an alias: it is counted (and shown) as the one party it names, as human rights counts it.
        assertThat(counts("PARTY")).containsExactlyInAnyOrderEntriesOf(Map.of("SSPDF", 2L, "SPLM-A-IO", 1L));
        assertThat(counts("STAGE")).containsExactlyInAnyOrderEntriesOf(Map.of("ALLEGATION", 1L, "PRELIMINARY_INVESTIGATION", 1L));
        assertThat(api().get("/api/v1/ceasefire/violation-reports?party=SPLA-IO", civilAffairs()).json().get("totalElements").asInt())
                .isEqualTo(1);
        ApiResponse csv = api().send("GET", "/api/v1/ceasefire/summary?groupBy=PARTY", partner(), null, Map.of("Accept", "text/csv"));
        assertThat(csv.body().lines()).containsExactly("party,reports,open,access_denied", "SPLM-A-IO,1,1,0", "SSPDF,2,2,0");
        // JSON unless CSV is preferred (ADR 0045), also to a client that accepts both.
        ApiResponse json = api().send("GET", "/api/v1/ceasefire/summary?groupBy=PARTY", partner(), null,
                Map.of("Accept", "application/json, text/csv"));
        assertThat(json.contentType()).startsWith("application/json");
        assertThat(json.json().findValuesAsString("key")).containsExactlyInAnyOrder("SPLM-A-IO", "SSPDF");
    }

    @Test
    void aPartyMustBeOnTheSharedListAndItsAliasIsStoredAsItsCode() {
        ApiResponse unknown = api().post("/api/v1/ceasefire/violation-reports", civilAffairs(),
                ALLEGATION.replace("[\"SSPDF\"]", "[\"SSPDF\",\"NO-SUCH-PARTY\"]"));
        assertProblem(unknown, 400);
        assertThat(unknown.json().get("errors").findValuesAsString("field")).containsExactly("allegedParties[1]");

        ApiResponse twice = api().post("/api/v1/ceasefire/violation-reports", civilAffairs(),
                ALLEGATION.replace("[\"SSPDF\"]", "[\"SPLA-IO\",\"SPLM-A-IO\"]"));
        assertProblem(twice, 400);

        ApiResponse alias = api().post("/api/v1/ceasefire/violation-reports", civilAffairs(),
                ALLEGATION.replace("[\"SSPDF\"]", "[\"SPLA-IO\"]"));
        assertThat(alias.json().get("allegedParties").get(0).asString()).isEqualTo("SPLM-A-IO");
    }

    private Map<String, Long> counts(String groupBy) {
        ApiResponse response = api().get("/api/v1/ceasefire/summary?groupBy=" + groupBy, reporting());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        Map<String, Long> counts = new HashMap<>();
        for (JsonNode row : response.json()) {
            counts.put(row.get("key").asString(), row.get("reports").asLong());
        }
        return counts;
    }

    private ApiResponse stage(ApiResponse report, String stage, String day) {
        return send("POST", "/api/v1/ceasefire/violation-reports/" + report.json().get("id").asString() + "/stage", civilAffairs(),
                "{\"stage\":\"" + stage + "\",\"date\":\"" + day + "\",\"note\":\"step\"}", report.header("ETag"));
    }

    private ApiResponse deny(ApiResponse report) {
        return send("POST", "/api/v1/ceasefire/violation-reports/" + report.json().get("id").asString() + "/access-denials",
                civilAffairs(), "{\"date\":\"2025-06-08\",\"place\":\"Checkpoint\",\"deniedBy\":\"SSPDF\"}", report.header("ETag"));
    }

    private ApiResponse close(ApiResponse report, String outcome) {
        return send("POST", "/api/v1/ceasefire/violation-reports/" + report.json().get("id").asString() + "/closure",
                civilAffairs(), "{\"outcome\":\"" + outcome + "\",\"date\":\"2025-06-09\",\"note\":\"closed\"}", report.header("ETag"));
    }
}
