package org.unmiss.personnel.deployment;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;
import org.unmiss.personnel.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class DeploymentApiTest {

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;

    Fixtures fixtures;

    @BeforeEach
    void client() {
        fixtures = new Fixtures(api, issuer);
    }

    @Test
    void walksTheWorkflowWithETagsAndMovesTheDutyStation() {
        String index = fixtures.person("JUBA");
        ApiResponse requested = fixtures.requestDeployment(index, "MALAKAL", "2026-01-05", "2026-12-31");
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        String id = requested.json().get("id").asString();
        assertThat(id).isEqualTo(index + "-D1");
        assertThat(requested.header("Location")).isEqualTo("/api/v1/deployments/" + id);
        assertThat(requested.json().get("status").asString()).isEqualTo("REQUESTED");
        assertThat(requested.json().get("requestedBy").asString()).isEqualTo("personnel.officer");

        assertThat(fixtures.changeStatus(id, null, "{\"status\": \"APPROVED\"}").status()).isEqualTo(428);
        assertThat(fixtures.changeStatus(id, "\"7\"", "{\"status\": \"APPROVED\"}").status()).isEqualTo(412);
        ApiResponse approved = fixtures.changeStatus(id, requested.header("ETag"), "{\"status\": \"APPROVED\"}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        ApiResponse active = fixtures.changeStatus(id, approved.header("ETag"), "{\"status\": \"ACTIVE\"}");
        assertThat(active.json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(api.get("/api/v1/personnel/" + index, fixtures.writer()).json().at("/currentDeployment/fieldOffice").asString())
                .isEqualTo("MALAKAL");

        ApiResponse completed = fixtures.changeStatus(id, active.header("ETag"), "{\"status\": \"COMPLETED\", \"endDate\": \"2026-06-30\"}");
        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        assertThat(completed.json().get("endDate").asString()).isEqualTo("2026-06-30");
        ApiResponse fetched = api.get("/api/v1/deployments/" + id, fixtures.writer());
        assertThat(fetched.json().get("status").asString()).isEqualTo("COMPLETED");
        assertThat(fetched.header("ETag")).isEqualTo(completed.header("ETag"));
    }

    @Test
    void illegalTransitionsAre409ProblemJson() {
        String index = fixtures.person("JUBA");
        ApiResponse requested = fixtures.requestDeployment(index, "BOR", "2026-01-05", "2026-12-31");
        String id = requested.json().get("id").asString();
        ApiResponse skip = fixtures.changeStatus(id, requested.header("ETag"), "{\"status\": \"ACTIVE\"}");
        assertThat(skip.status()).isEqualTo(409);
        assertThat(skip.contentType()).startsWith("application/problem+json");
        assertThat(skip.json().get("type").asString()).isEqualTo("urn:unmiss:problem:conflict");
        assertThat(skip.json().get("detail").asString()).contains("REQUESTED", "ACTIVE");

        ApiResponse declined = fixtures.changeStatus(id, requested.header("ETag"), "{\"status\": \"DECLINED\", \"reason\": \"no vacancy\"}");
        assertThat(declined.json().get("reason").asString()).isEqualTo("no vacancy");
        assertThat(fixtures.changeStatus(id, declined.header("ETag"), "{\"status\": \"APPROVED\"}").status()).isEqualTo(409);
        assertThat(fixtures.changeStatus(id, declined.header("ETag"), "{\"status\": \"PROMOTED\"}").status()).isEqualTo(400);
        assertThat(fixtures.changeStatus(id, declined.header("ETag"), "{\"status\": \"CANCELLED\", \"endDate\": \"2026-02-01\"}")
                .json().at("/errors/0/field").asString()).isEqualTo("endDate");
    }

    @Test
    void aPersonNeverHoldsTwoOverlappingDeployments() {
        String index = fixtures.person("JUBA");
        fixtures.activeDeployment(index, "BOR", "2026-01-01", "2026-12-31");
        ApiResponse overlapping = fixtures.requestDeployment(index, "WAU", "2026-12-01", "2027-06-30");
        assertThat(overlapping.status()).isEqualTo(409);
        assertThat(overlapping.json().get("detail").asString()).contains("may not overlap");
        ApiResponse next = fixtures.requestDeployment(index, "WAU", "2027-01-01", "2027-06-30");
        assertThat(next.status()).isEqualTo(201);
        ApiResponse approved = fixtures.changeStatus(next.json().get("id").asString(), next.header("ETag"), "{\"status\": \"APPROVED\"}");
        ApiResponse second = fixtures.changeStatus(next.json().get("id").asString(), approved.header("ETag"), "{\"status\": \"ACTIVE\"}");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("detail").asString()).contains("already has active deployment");
    }

    @Test
    void historyAnswersWhereSomeoneWasOnADate() {
        String index = fixtures.person("JUBA");
        String first = fixtures.activeDeployment(index, "BOR", "2025-01-01", "2025-06-30");
        ApiResponse current = api.get("/api/v1/deployments/" + first, fixtures.writer());
        fixtures.changeStatus(first, current.header("ETag"), "{\"status\": \"COMPLETED\", \"endDate\": \"2025-06-30\"}");
        fixtures.activeDeployment(index, "WAU", "2025-07-01", "2026-06-30");

        ApiResponse march = api.get("/api/v1/personnel/" + index + "/deployments?on=2025-03-15", fixtures.writer());
        assertThat(march.json().findValuesAsString("fieldOffice")).containsExactly("BOR");
        ApiResponse august = api.get("/api/v1/personnel/" + index + "/deployments?on=2025-08-01", fixtures.writer());
        assertThat(august.json().findValuesAsString("fieldOffice")).containsExactly("WAU");
        assertThat(api.get("/api/v1/personnel/" + index + "/deployments?on=2024-01-01", fixtures.writer()).json().size()).isZero();
        assertThat(api.get("/api/v1/personnel/" + index + "/deployments", fixtures.writer()).json().size()).isEqualTo(2);
    }

    @Test
    void listsDeploymentsByStatusAndOfficeInTheStore() {
        String index = fixtures.person("JUBA");
        String id = fixtures.requestDeployment(index, "RUMBEK", "2026-02-01", "2026-08-01").json().get("id").asString();
        ApiResponse list = api.get("/api/v1/deployments?status=REQUESTED&fieldOffice=RUMBEK&size=200&sort=endDate,desc", fixtures.writer());
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.json().get("content").findValuesAsString("id")).contains(id);
        assertThat(list.json().get("content").findValuesAsString("status")).containsOnly("REQUESTED");
        assertThat(list.json().at("/content/0/startDate").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void anOfficeBoundUserSeesAndChangesOnlyTheirOfficesDeployments() {
        String index = fixtures.person("JUBA");
        ApiResponse requested = fixtures.requestDeployment(index, "YAMBIO", "2026-03-01", "2026-09-01");
        String id = requested.json().get("id").asString();
        String bentiu = issuer.token("b", "BENTIU", "PERSONNEL_READ", "PERSONNEL_WRITE");
        assertThat(api.get("/api/v1/deployments/" + id, bentiu).status()).isEqualTo(404);
        assertThat(api.send("POST", "/api/v1/deployments/" + id + "/status", bentiu, "{\"status\": \"APPROVED\"}",
                java.util.Map.of("If-Match", requested.header("ETag"))).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/deployments?fieldOffice=YAMBIO", bentiu).json().get("totalElements").asInt()).isZero();
        ApiResponse yambio = api.get("/api/v1/deployments/" + id, issuer.token("y", "YAMBIO", "PERSONNEL_READ"));
        assertThat(yambio.status()).isEqualTo(200);
        assertThat(api.post("/api/v1/deployments", bentiu, """
                {"indexNumber": "%s", "fieldOffice": "YAMBIO", "startDate": "2027-01-01", "endDate": "2027-02-01"}""".formatted(index))
                .status()).isEqualTo(403);
    }

    @Test
    void badRequestsNameTheirFields() {
        String index = fixtures.person("JUBA");
        ApiResponse closed = fixtures.requestDeployment(index, "TORIT", "2026-03-01", "2026-09-01");
        assertThat(closed.status()).isEqualTo(400);
        assertThat(closed.json().at("/errors/0/field").asString()).isEqualTo("fieldOffice");
        ApiResponse reversed = fixtures.requestDeployment(index, "JUBA", "2026-09-01", "2026-03-01");
        assertThat(reversed.json().get("errors").findValuesAsString("field")).containsExactly("startDate", "endDate");
        ApiResponse nobody = fixtures.requestDeployment("UN-999999", "JUBA", "2026-03-01", "2026-09-01");
        assertThat(nobody.status()).isEqualTo(400);
        assertThat(nobody.json().at("/errors/0/field").asString()).isEqualTo("indexNumber");
        assertThat(api.get("/api/v1/deployments/UN-999999-D1", fixtures.writer()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/deployments/nonsense", fixtures.writer()).status()).isEqualTo(404);
    }
}
