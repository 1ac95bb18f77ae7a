package org.unmiss.systemtests;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import tools.jackson.databind.JsonNode;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Human rights casework through the gateway with real Keycloak tokens (issue 18): a case's location corrected with
 * its history, a verified case reopened to add a victim, its MRM figure following it, and a case given to an
 * officer of the realm who finds it among their cases and records an interview on it.
 */
@ExtendWith(PlatformExtension.class)
@Order(2)
class CaseworkIT {

    private static final String CASES = "/api/v1/hr-cases";
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

    private static ApiResponse created(String date) {
        ApiResponse response = gateway.post(CASES, officer, """
                {"title": "Casework scenario", "fieldOffice": "MALAKAL", "occurredFrom": {"date": "%s", "precision": "EXACT"},
                 "location": {"state": "UPPER_NILE", "county": "Malakal", "place": "Scenario market"},
                 "violations": [{"type": "KILLING", "perpetrators": [{"partyCode": "SSPDF"}],
                                 "victims": [{"kind": "INDIVIDUAL", "sex": "FEMALE", "age": 12}]}]}
                """.formatted(date));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response;
    }

    private static ApiResponse send(String method, String path, String token, String etag, String body, int expected) {
        ApiResponse response = gateway.send(method, path, token, body, Map.of("If-Match", etag));
        assertThat(response.status()).as(response.body()).isEqualTo(expected);
        return response;
    }

    @Test
    void aCasesLocationIsCorrectedAndTheHistoryShowsItWithoutTheSealedValue() {
        ApiResponse recorded = created("2026-03-14");
        String path = CASES + "/" + recorded.json().get("reference").asString();
        String place = "Scenario landing " + UUID.randomUUID();

        EdgeSecurityIT.assertProblem(gateway.send("PATCH", path, officer, "{\"location\": {\"place\": \"x\"}}",
                Map.of("If-Match", recorded.header("ETag"))), 400);
        send("PATCH", path, officer, recorded.header("ETag"), """
                {"reason": "the place was misheard at intake",
                 "location": {"county": "Panyikang", "place": "%s"}}""".formatted(place), 200);
        EdgeSecurityIT.assertProblem(gateway.send("PATCH", path, officer, "{\"reason\": \"again\", \"title\": \"t\"}",
                Map.of("If-Match", recorded.header("ETag"))), 412);

        JsonNode seen = gateway.get(path, senior).json();
        assertThat(seen.at("/location/place").asString()).isEqualTo(place);
        assertThat(seen.at("/location/county").asString()).isEqualTo("Panyikang");
        JsonNode correction = seen.at("/corrections/0");
        assertThat(correction.get("by").asString()).isEqualTo("hr.officer.malakal");
        assertThat(correction.get("reason").asString()).isEqualTo("the place was misheard at intake");
        assertThat(correction.get("changes").toString()).contains("location.county", "Panyikang", "location.place")
                .doesNotContain(place);
        // without HR_SENSITIVE the history names the corrected fields and nothing sealed
        ApiResponse asAdmin = gateway.get(path, admin);
        assertThat(asAdmin.json().at("/corrections/0/changes").toString()).contains("location.place");
        assertThat(asAdmin.body()).doesNotContain(place).doesNotContain("misheard");
        ApiResponse audit = gateway.get("/api/v1/hr-audit/events?action=CASE_CORRECTED&caseReference="
                + recorded.json().get("reference").asString(), admin);
        assertThat(audit.json().get("totalElements").asInt()).as(audit.body()).isEqualTo(1);
    }

    @Test
    void aVerifiedCaseIsReopenedToAddAVictimAndTheMrmFigureMoves() {
        String mrm = "/api/v1/hr-reports/mrm?from=2020-07-01&to=2020-07-31";
        long before = killingAndMaiming(mrm);
        ApiResponse recorded = created("2020-07-09");
        String reference = recorded.json().get("reference").asString();
        String path = CASES + "/" + reference;
        ApiResponse investigating = send("POST", path + "/transitions", officer, recorded.header("ETag"),
                "{\"to\": \"UNDER_INVESTIGATION\"}", 200);
        ApiResponse verified = send("POST", path + "/transitions", senior, investigating.header("ETag"),
                "{\"to\": \"VERIFIED\", \"standardOfProof\": \"REASONABLE_GROUNDS\"}", 200);
        ApiResponse reported = send("POST", path + "/transitions", senior, verified.header("ETag"), "{\"to\": \"REPORTED\"}", 200);
        assertThat(killingAndMaiming(mrm)).isEqualTo(before + 1);

        EdgeSecurityIT.assertProblem(gateway.send("POST", path + "/reopen", officer, "{\"reason\": \"new victim\"}",
                Map.of("If-Match", reported.header("ETag"))), 403);
        ApiResponse reopened = send("POST", path + "/reopen", senior, reported.header("ETag"),
                "{\"reason\": \"a second child victim came forward\"}", 200);
        assertThat(reopened.json().get("status").asString()).isEqualTo("UNDER_INVESTIGATION");
        assertThat(killingAndMaiming(mrm)).isEqualTo(before);

        ApiResponse added = send("POST", path + "/violations/ACT-1/victims", officer, reopened.header("ETag"),
                "{\"kind\": \"INDIVIDUAL\", \"sex\": \"MALE\", \"age\": 10}", 201);
        send("POST", path + "/transitions", senior, added.header("ETag"),
                "{\"to\": \"VERIFIED\", \"standardOfProof\": \"REASONABLE_GROUNDS\"}", 200);
        assertThat(killingAndMaiming(mrm)).isEqualTo(before + 2);
        ApiResponse audit = gateway.get("/api/v1/hr-audit/events?action=CASE_REOPENED&caseReference=" + reference, admin);
        assertThat(audit.json().at("/content/0/actor").asString()).as(audit.body()).isEqualTo("hr.senior");
    }

    @Test
    void aSeniorGivesACaseToTheOfficerWhoFindsItInMyCasesAndRecordsAnInterview() {
        ApiResponse recorded = created("2026-03-15");
        String reference = recorded.json().get("reference").asString();
        String path = CASES + "/" + reference;
        ApiResponse investigating = send("POST", path + "/transitions", officer, recorded.header("ETag"),
                "{\"to\": \"UNDER_INVESTIGATION\"}", 200);
        ApiResponse queue = gateway.get(CASES + "/queues/verification?size=50&sort=createdAt,desc", senior);
        assertThat(queue.status()).as(queue.body()).isEqualTo(200);
        assertThat(queue.body()).contains(reference);

        EdgeSecurityIT.assertProblem(gateway.send("PUT", path + "/assignment", senior, "{\"assignee\": \"never.signed.in\"}",
                Map.of("If-Match", investigating.header("ETag"))), 400);
        ApiResponse assigned = send("PUT", path + "/assignment", senior, investigating.header("ETag"),
                "{\"assignee\": \"hr.officer.malakal\"}", 200);
        assertThat(assigned.json().get("assignedTo").asString()).isEqualTo("hr.officer.malakal");
        assertThat(assigned.json().get("assignedBy").asString()).isEqualTo("hr.senior");
        ApiResponse mine = gateway.get(CASES + "?assignedTo=me&size=200", officer);
        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        assertThat(mine.body()).contains(reference);
        assertThat(gateway.get(CASES + "?assignedTo=me&size=200", senior).body()).doesNotContain(reference);

        ApiResponse interview = gateway.post(path + "/activities", officer,
                "{\"type\": \"INTERVIEW\", \"date\": \"2026-03-16\", \"outcome\": \"Mother of the victim interviewed at the clinic\"}");
        assertThat(interview.status()).as(interview.body()).isEqualTo(201);
        JsonNode activities = gateway.get(path + "/activities", senior).json();
        assertThat(activities.at("/0/type").asString()).isEqualTo("INTERVIEW");
        assertThat(activities.at("/0/recordedBy").asString()).isEqualTo("hr.officer.malakal");
        assertThat(activities.at("/0/outcome").asString()).contains("clinic");
        assertThat(gateway.get(path + "/activities", admin).body()).doesNotContain("clinic");
    }

    private static long killingAndMaiming(String path) {
        // the live figures (an administrator reads them as human rights staff do; partners see released quarters only)
        ApiResponse report = gateway.get(path, admin);
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        for (JsonNode line : report.json().get("lines")) {
            if (line.get("graveViolation").asString().equals("KILLING_AND_MAIMING")) {
                return line.get("verified").asLong();
            }
        }
        throw new AssertionError("no KILLING_AND_MAIMING line in " + report.body());
    }
}
