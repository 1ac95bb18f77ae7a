package org.unmiss.personnel;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service answers its edges as the kit defines them. Dates outside 1900-2100 are a 400 naming the parameter; the far-future date used to reach the
 * store's date conversion (past what a BSON date holds) and answer 500.
 */
@ServiceTest
class EdgeAnswersApiTest {

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;

    static void refusedNaming(ApiResponse response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
        assertThat(response.json().get("errors").get(0).get("reason").asString()).isEqualTo("must be between 1900-01-01 and 2100-12-31");
    }

    @Test
    void reportAndListDatesOutsideTheRangeAreRefused() {
        String officer = issuer.token("personnel.officer", "HQ", "PERSONNEL_READ", "PERSONNEL_WRITE");
        refusedNaming(api.get("/api/v1/deployments?endingBy=%2B999999999-12-31", officer), "endingBy");
        refusedNaming(api.get("/api/v1/personnel-reports/strength?asOf=%2B999999999-12-31", officer), "asOf");
        refusedNaming(api.get("/api/v1/personnel-reports/unpol-strength?asOf=0001-01-01", officer), "asOf");
        assertThat(api.get("/api/v1/personnel-reports/strength?asOf=2026-06-30", officer).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/deployments?endingBy=2026-06-30", officer).status()).isEqualTo(200);
    }

    @Test
    void bodyDatesOutsideTheRangeAreRefused() {
        String officer = issuer.token("personnel.officer", "HQ", "PERSONNEL_READ", "PERSONNEL_WRITE");
        ApiResponse response = api.post("/api/v1/personnel", officer,
                Fixtures.personJson("JUBA", "POLICE", "INDIVIDUAL_POLICE_OFFICER").replace("1988-04-02", "+999999999-12-31"));
        refusedNaming(response, "dateOfBirth");
    }

    @Test
    void errorPathsAreProblemsAndAnonymousHealthIsStatusOnly() {
        for (ApiResponse response : java.util.List.of(api.get("/error", null),
                api.send("DELETE", "/api/v1/personnel-reports/strength", issuer.token("x", "HQ", "MISSION_ADMIN"), null, java.util.Map.of()))) {
            assertThat(response.status()).as(response.body()).isIn(404, 405);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("type").asString()).startsWith("urn:unmiss:problem:");
        }
        ApiResponse health = api.get("/actuator/health", null);
        assertThat(health.json().get("status").asString()).isNotBlank();
        assertThat(health.json().has("components")).as(health.body()).isFalse();
    }
}
