package org.unmiss.kit.sample;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;
import tools.jackson.databind.JsonNode;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates outside 1900-2100, in a JSON body or a query parameter, are a 400 naming the field. */
@ServiceTest
class SaneDatesTest {

    private static final String WIDGETS = "/api/v1/widgets";
    private static final String REASON = "must be between 1900-01-01 and 2100-12-31";

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;

    String writer;

    @BeforeEach
    void setUp() {
        writer = issuer.token("date.writer", "HQ", "WIDGET_WRITE", "WIDGET_READ");
    }

    private ApiResponse create(String madeOn) {
        return api.post(WIDGETS, writer, "{\"name\":\"d-" + UUID.randomUUID() + "\",\"count\":1,\"colour\":\"RED\","
                + "\"fieldOffice\":\"JUBA\",\"madeOn\":\"" + madeOn + "\"}");
    }

    private static void refused(ApiResponse response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode body = response.json();
        assertThat(body.get("type").asString()).isEqualTo("urn:unmiss:problem:validation-failed");
        assertThat(body.get("errors").get(0).get("field").asString()).isEqualTo(field);
        assertThat(body.get("errors").get(0).get("reason").asString()).isEqualTo(REASON);
    }

    @Test
    void refusesBodyDatesOutsideTheRange() {
        refused(create("1899-12-31"), "madeOn");
        refused(create("2101-01-01"), "madeOn");
        refused(create("+999999999-12-31"), "madeOn");
        assertThat(create("1900-01-01").status()).isEqualTo(201);
        assertThat(create("2100-12-31").status()).isEqualTo(201);
    }

    @Test
    void refusesParameterDatesOutsideTheRange() {
        refused(api.get(WIDGETS + "/made?from=0001-01-01", writer), "from");
        refused(api.get(WIDGETS + "/made?from=2101-01-01", writer), "from");
        refused(api.get(WIDGETS + "/made?seenAfter=%2B1000000000-12-31T23:59:59Z", writer), "seenAfter");
        refused(api.get(WIDGETS + "/made?seenAfter=1899-12-31T23:59:59Z", writer), "seenAfter");
        assertThat(api.get(WIDGETS + "/made?from=2026-01-01&seenAfter=2026-01-01T00:00:00Z", writer).status()).isEqualTo(200);
    }

    @Test
    void stillExplainsDatesThatAreNotDates() {
        ApiResponse response = api.get(WIDGETS + "/made?from=yesterday", writer);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("reason").asString()).isEqualTo("must be an ISO-8601 date (YYYY-MM-DD)");
    }
}
