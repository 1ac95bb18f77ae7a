package org.unmiss.peace;

import org.junit.jupiter.api.Test;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.peace.dialogue.DialogueApiTest;
import org.unmiss.peace.support.PeaceApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service answers its edges as the kit defines them. Dates outside 1900-2100, in a parameter or a body, are a 400 naming the field; the far-future
 * date used to reach the store's date conversion (past what a BSON date holds) and answer 500.
 */
class EdgeAnswersApiTest extends PeaceApiTest {

    static void refusedNaming(ApiResponse response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
        assertThat(response.json().get("errors").get(0).get("reason").asString()).isEqualTo("must be between 1900-01-01 and 2100-12-31");
    }

    @Test
    void listDatesOutsideTheRangeAreRefused() {
        refusedNaming(api().get("/api/v1/engagements/dialogues?from=%2B999999999-12-31", civilAffairs()), "from");
        refusedNaming(api().get("/api/v1/engagements/dialogues/summary?groupBy=TYPE&to=2101-01-01", reporting()), "to");
        assertThat(api().get("/api/v1/engagements/dialogues?from=2025-01-01", civilAffairs()).status()).isEqualTo(200);
    }

    @Test
    void bodyDatesOutsideTheRangeAreRefused() {
        refusedNaming(api().post("/api/v1/engagements/dialogues", civilAffairs(),
                DialogueApiTest.dialogue("KUAJOK", "+999999999-12-31", "PLANNED", null)), "startDate");
        refusedNaming(api().post("/api/v1/engagements/dialogues", civilAffairs(),
                DialogueApiTest.dialogue("KUAJOK", "1899-12-31", "PLANNED", null)), "startDate");
    }

    @Test
    void errorPathsAreProblemsAndAnonymousHealthIsStatusOnly() {
        for (ApiResponse response : java.util.List.of(api().get("/error", null),
                api().send("DELETE", "/api/v1/engagements/dialogues", issuer.token("x", "HQ", "MISSION_ADMIN"), null, java.util.Map.of()))) {
            assertThat(response.status()).as(response.body()).isIn(404, 405);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("type").asString()).startsWith("urn:unmiss:problem:");
        }
        ApiResponse health = api().get("/actuator/health", null);
        assertThat(health.json().get("status").asString()).isNotBlank();
        assertThat(health.json().has("components")).as(health.body()).isFalse();
    }

    @Test
    void locationsArePathsNotTheServicesOwnAddress() {
        ApiResponse created = api().post("/api/v1/engagements/dialogues", civilAffairs(),
                DialogueApiTest.dialogue("KUAJOK", "2025-05-05", "PLANNED", null));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/engagements/dialogues/" + created.json().get("id").asString());
    }
}
