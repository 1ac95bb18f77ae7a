package org.unmiss.humanrights;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service answers its edges as the kit defines them. Dates outside 1900-2100, in a parameter or a body, are a 400 naming the field; the far-future
 * date used to reach the store's date conversion (past what a BSON date holds) and answer 500.
 */
@ServiceTest
class EdgeAnswersApiTest {

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;

    static void refusedNaming(ApiResponse response, String field, String reason) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
        assertThat(response.json().get("errors").get(0).get("reason").asString()).isEqualTo(reason);
    }

    @Test
    void reportDatesOutsideTheRangeAreRefused() {
        String senior = HrFixtures.senior(issuer);
        String reason = "must be between 1900-01-01 and 2100-12-31";
        refusedNaming(api.get("/api/v1/hr-reports/mrm?to=%2B999999999-12-31", senior), "to", reason);
        refusedNaming(api.get("/api/v1/hr-reports/harm?from=0001-01-01", senior), "from", reason);
        refusedNaming(api.get("/api/v1/hr-reports/quarterly-brief?quarter=0001-Q1", senior), "quarter",
                "must be a quarter from 1900-Q1 to 2100-Q4");
        assertThat(api.get("/api/v1/hr-reports/mrm?from=2025-01-01&to=2025-12-31", senior).status()).isEqualTo(200);
    }

    @Test
    void bodyDatesOutsideTheRangeAreRefused() {
        ApiResponse response = api.post("/api/v1/hr-cases", HrFixtures.officer(issuer),
                HrFixtures.caseBody("MALAKAL", "+999999999-12-31", HrFixtures.uniqueName()));
        refusedNaming(response, "occurredFrom.date", "must be between 1900-01-01 and 2100-12-31");
    }

    @Test
    void errorPathsAreProblemsAndAnonymousHealthIsStatusOnly() {
        for (ApiResponse response : java.util.List.of(api.get("/error", null),
                api.send("DELETE", "/api/v1/hr-reports/mrm", issuer.token("x", "HQ", "MISSION_ADMIN"), null, java.util.Map.of()))) {
            assertThat(response.status()).as(response.body()).isIn(404, 405);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("type").asString()).startsWith("urn:unmiss:problem:");
        }
        ApiResponse health = api.get("/actuator/health", null);
        assertThat(health.json().get("status").asString()).isNotBlank();
        assertThat(health.json().has("components")).as(health.body()).isFalse();
    }

    @Test
    void locationsArePathsNotTheServicesOwnAddress() {
        ApiResponse created = HrFixtures.create(api, HrFixtures.officer(issuer),
                HrFixtures.caseBody("MALAKAL", "2024-03-04", HrFixtures.uniqueName()));
        assertThat(created.header("Location")).isEqualTo("/api/v1/hr-cases/" + created.json().get("reference").asString());
    }
}
