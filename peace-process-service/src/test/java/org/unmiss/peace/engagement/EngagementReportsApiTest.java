package org.unmiss.peace.engagement;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.peace.support.PeaceApiTest;
import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EngagementReportsApiTest extends PeaceApiTest {

    @BeforeEach
    void threePublishedOneDraft() {
        clean("engagements");
        publish(Engagements.report("MALAKAL", "2025-03-10", ""));
        publish(Engagements.report("MALAKAL", "2025-04-02", "").replace("\"female\":6", "\"female\":10"));
        publish(Engagements.report("JUBA", "2025-04-20", "").replace("SUBNATIONAL", "NATIONAL")
                .replace("UPPER_NILE", "CENTRAL_EQUATORIA")
                .replace("{\"type\":\"WOMEN\",\"affiliation\":\"Women's association\",\"position\":\"chairperson\",\"sex\":\"FEMALE\"}",
                        "{\"type\":\"TRADITIONAL\",\"affiliation\":\"Chiefs\",\"position\":\"chief\",\"sex\":\"MALE\"}"));
        api().post("/api/v1/engagements", civilAffairs(), Engagements.report("BENTIU", "2025-04-21", ""));
    }

    @Test
    void countsPublishedEngagementsPerLevelStateMonthAndInterlocutorType() {
        assertThat(rows("LEVEL")).containsExactlyInAnyOrderEntriesOf(Map.of("NATIONAL", 1L, "SUBNATIONAL", 2L));
        assertThat(rows("STATE")).containsExactlyInAnyOrderEntriesOf(Map.of("CENTRAL_EQUATORIA", 1L, "UPPER_NILE", 2L));
        assertThat(rows("MONTH")).containsExactlyInAnyOrderEntriesOf(Map.of("2025-03", 1L, "2025-04", 2L));
        // Two chiefs at one meeting count that meeting once under TRADITIONAL.
        assertThat(rows("INTERLOCUTOR_TYPE")).containsExactlyInAnyOrderEntriesOf(Map.of("TRADITIONAL", 3L, "WOMEN", 2L));
        JsonNode april = api().get("/api/v1/engagements/reports/summary?groupBy=MONTH&from=2025-04-01", reporting()).json();
        assertThat(april.size()).isEqualTo(1);
        assertThat(april.get(0).get("female").asInt()).isEqualTo(16);
        assertThat(april.get(0).get("male").asInt()).isEqualTo(28);
    }

    @Test
    void womensParticipationShareAddsUpPerMonthAndInTotal() {
        JsonNode rows = api().get("/api/v1/engagements/reports/womens-participation", partner()).json();
        assertThat(values(rows, "month")).containsExactly("2025-03", "2025-04", "TOTAL");
        JsonNode total = rows.get(2);
        assertThat(total.get("female").asInt()).isEqualTo(22);
        assertThat(total.get("male").asInt()).isEqualTo(42);
        assertThat(total.get("womenShare").asDouble()).isEqualTo(0.3438);
        assertThat(rows.get(0).get("female").asInt() + rows.get(1).get("female").asInt()).isEqualTo(22);
    }

    @Test
    void reportsComeAsCsvOnRequest() {
        ApiResponse csv = api().send("GET", "/api/v1/engagements/reports/summary?groupBy=LEVEL", reporting(), null,
                Map.of("Accept", "text/csv"));
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("level,engagements,female,male,total\r\n").contains("NATIONAL,1,6,14,20\r\n");
        ApiResponse women = api().send("GET", "/api/v1/engagements/reports/womens-participation", reporting(), null,
                Map.of("Accept", "text/csv"));
        assertThat(women.body()).contains("TOTAL,3,22,42,0.3438");
    }

    @Test
    void overdueNextStepsListsOpenFollowUpOfSubmittedReports() {
        ApiResponse overdue = api().get("/api/v1/engagements/reports/overdue-next-steps?asOf=2025-04-15", civilAffairs());
        assertThat(overdue.status()).as(overdue.body()).isEqualTo(200);
        assertThat(values(overdue.json().get("content"), "dueDate")).containsExactly("2025-03-10", "2025-04-02");
        assertThat(api().get("/api/v1/engagements/reports/overdue-next-steps?asOf=2025-03-10", civilAffairs())
                .json().get("totalElements").asInt()).isZero();
        ApiResponse csv = api().send("GET", "/api/v1/engagements/reports/overdue-next-steps?asOf=2025-04-15", civilAffairs(),
                null, Map.of("Accept", "text/csv"));
        assertThat(csv.body().lines()).hasSize(3).element(1).asString().endsWith(",2025-03-10,36");
    }

    @Test
    void aCompletedNextStepIsNoLongerOverdueEvenAfterPublication() {
        ApiResponse overdue = api().get("/api/v1/engagements/reports/overdue-next-steps?asOf=2025-04-15", civilAffairs());
        String id = overdue.json().at("/content/0/engagementId").asString();
        ApiResponse report = api().get("/api/v1/engagements/" + id, civilAffairs());
        assertThat(report.json().get("status").asString()).isEqualTo("PUBLISHED");
        String completion = "/api/v1/engagements/" + id + "/next-steps/0/completion";
        ApiResponse completed = send("POST", completion, civilAffairs(), null, report.header("ETag"));
        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        assertThat(completed.json().at("/nextSteps/0/completed").asBoolean()).isTrue();
        assertThat(values(api().get("/api/v1/engagements/reports/overdue-next-steps?asOf=2025-04-15", civilAffairs())
                .json().get("content"), "engagementId")).doesNotContain(id);
        assertProblem(send("POST", completion, civilAffairs(), null, completed.header("ETag")), 409);
        assertProblem(send("POST", "/api/v1/engagements/" + id + "/next-steps/5/completion", civilAffairs(), null,
                completed.header("ETag")), 404);
    }

    @Test
    void badReportParametersAreNamed() {
        assertBadRequest(api().get("/api/v1/engagements/reports/summary?groupBy=COLOUR", reporting()), "groupBy");
        assertBadRequest(api().get("/api/v1/engagements/reports/summary?groupBy=LEVEL&from=2025-05-01&to=2025-04-01", reporting()), "from");
        assertThat(api().get("/api/v1/engagements/reports/summary", reporting()).status()).isEqualTo(400);
        ApiResponse csvError = api().send("GET", "/api/v1/engagements/reports/summary?groupBy=COLOUR", reporting(), null,
                Map.of("Accept", "text/csv"));
        assertThat(csvError.status()).isEqualTo(400);
    }

    @Test
    void aFieldOfficeUserCountsOnlyTheirOffice() {
        String malakal = issuer.token("ca.malakal", "MALAKAL", "PEACE_READ");
        assertThat(api().get("/api/v1/engagements/reports/summary?groupBy=LEVEL", malakal).json().get(0).get("engagements").asInt())
                .isEqualTo(2);
    }

    private Map<String, Long> rows(String groupBy) {
        ApiResponse response = api().get("/api/v1/engagements/reports/summary?groupBy=" + groupBy, reporting());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        Map<String, Long> counts = new HashMap<>();
        response.json().valueStream().forEach(row -> counts.put(row.get("key").asString(), row.get("engagements").asLong()));
        return counts;
    }

    private void publish(String body) {
        ApiResponse created = api().post("/api/v1/engagements", civilAffairs(), body);
        String id = created.json().get("id").asString();
        ApiResponse pending = send("POST", "/api/v1/engagements/" + id + "/submit", civilAffairs(), null, created.header("ETag"));
        ApiResponse approved = send("POST", "/api/v1/engagements/" + id + "/approve", approver(), null, pending.header("ETag"));
        assertThat(send("POST", "/api/v1/engagements/" + id + "/publish", approver(), null, approved.header("ETag")).status())
                .isEqualTo(200);
    }
}
