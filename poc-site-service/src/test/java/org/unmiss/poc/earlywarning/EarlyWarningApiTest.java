package org.unmiss.poc.earlywarning;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.unmiss.kit.store.ReferenceDataLoader;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;
import org.unmiss.poc.Fixtures;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class EarlyWarningApiTest {

    @Autowired
    ApiClient api;
    @Autowired
    TestIssuer issuer;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ReferenceDataLoader referenceData;

    String bentiu;

    @BeforeEach
    void reset() throws Exception {
        Fixtures.reset(mongo, referenceData);
        bentiu = issuer.token("unpol.officer.bentiu", "BENTIU", "POC_READ", "POC_WRITE");
    }

    private ApiResponse post(String path, String body, String etag) {
        return api.send("POST", path, bentiu, body, Map.of("If-Match", etag));
    }

    @Test
    void anAlertIsRaisedEscalatedAndAnsweredAndTheReportGivesTheTimeToResponse() {
        ApiResponse raised = api.post("/api/v1/early-warning/alerts", bentiu, Fixtures.alert("Leer", "BENTIU"));
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        String reference = raised.json().get("reference").asString();
        assertThat(reference).matches("EW-2026-\\d{6}");
        assertThat(raised.json().get("level").asString()).isEqualTo("FIELD_OFFICE");

        ApiResponse escalated = post("/api/v1/early-warning/alerts/" + reference + "/escalations",
                "{\"to\": \"SECTOR_HEADQUARTERS\", \"at\": \"2026-03-05T10:00:00Z\", \"reason\": \"Mobilisation confirmed by patrol\"}",
                raised.header("ETag"));
        assertThat(escalated.status()).as(escalated.body()).isEqualTo(201);
        assertThat(escalated.json().get("level").asString()).isEqualTo("SECTOR_HEADQUARTERS");
        ApiResponse down = post("/api/v1/early-warning/alerts/" + reference + "/escalations",
                "{\"to\": \"FIELD_OFFICE\", \"at\": \"2026-03-05T11:00:00Z\", \"reason\": \"back\"}", escalated.header("ETag"));
        assertThat(down.status()).isEqualTo(409);

        ApiResponse noPatrol = post("/api/v1/early-warning/alerts/" + reference + "/response",
                "{\"type\": \"PATROL\", \"decidedAt\": \"2026-03-05T14:00:00Z\"}", escalated.header("ETag"));
        assertThat(noPatrol.status()).isEqualTo(400);
        assertThat(noPatrol.json().get("errors").findValuesAsString("field")).containsExactly("patrolReference");
        String patrol = api.post("/api/v1/patrols", bentiu, Fixtures.patrol("BENTIU", 12, 3)).json().get("reference").asString();
        ApiResponse answered = post("/api/v1/early-warning/alerts/" + reference + "/response",
                "{\"type\": \"PATROL\", \"decidedAt\": \"2026-03-05T14:00:00Z\", \"patrolReference\": \"" + patrol + "\"}",
                escalated.header("ETag"));
        assertThat(answered.status()).as(answered.body()).isEqualTo(201);
        assertThat(answered.json().get("response").get("decidedBy").asString()).isEqualTo("unpol.officer.bentiu");
        assertThat(answered.json().get("hoursToResponse").asDouble()).isEqualTo(6.0);
        ApiResponse again = post("/api/v1/early-warning/alerts/" + reference + "/response",
                "{\"type\": \"ENGAGEMENT\", \"decidedAt\": \"2026-03-05T15:00:00Z\"}", answered.header("ETag"));
        assertThat(again.status()).isEqualTo(409);

        api.post("/api/v1/early-warning/alerts", bentiu, Fixtures.alert("Leer", "BENTIU"));
        ApiResponse report = api.get("/api/v1/early-warning/reports/alerts-by-place?fromMonth=2026-03&toMonth=2026-03",
                issuer.token("reporting", "HQ", "REPORTING"));
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        JsonNode row = report.json().get(0);
        assertThat(row.get("county").asString()).isEqualTo("Leer");
        assertThat(row.get("alerts").asLong()).isEqualTo(2);
        assertThat(row.get("unanswered").asLong()).isEqualTo(1);
        assertThat(row.get("meanHoursToResponse").asDouble()).isEqualTo(6.0);
        ApiResponse csv = api.get("/api/v1/early-warning/reports/alerts-by-place.csv?fromMonth=2026-03&toMonth=2026-03&hxl=true", bentiu);
        assertThat(csv.body()).contains("#adm2+name").contains("Leer");
        ApiResponse unanswered = api.get("/api/v1/early-warning/alerts?answered=false", bentiu);
        assertThat(unanswered.json().get("totalElements").asInt()).isEqualTo(1);
    }

    @Test
    void badInputNamesTheField() {
        ApiResponse noIndicators = api.post("/api/v1/early-warning/alerts", bentiu, Fixtures.alert("Leer", "BENTIU")
                .replace("[\"CATTLE_MIGRATION\", \"ARMED_MOBILISATION\"]", "[]"));
        assertThat(noIndicators.status()).isEqualTo(400);
        assertThat(noIndicators.json().get("errors").findValuesAsString("field")).containsExactly("indicators");
        ApiResponse badMonth = api.get("/api/v1/early-warning/reports/alerts-by-place?fromMonth=March&toMonth=2026-03", bentiu);
        assertThat(badMonth.status()).isEqualTo(400);
        assertThat(badMonth.json().get("errors").findValuesAsString("field")).containsExactly("fromMonth");
        ApiResponse raised = api.post("/api/v1/early-warning/alerts", bentiu, Fixtures.alert("Leer", "BENTIU"));
        ApiResponse beforeRaised = post("/api/v1/early-warning/alerts/" + raised.json().get("reference").asString() + "/response",
                "{\"type\": \"ENGAGEMENT\", \"decidedAt\": \"2026-03-01T00:00:00Z\"}", raised.header("ETag"));
        assertThat(beforeRaised.status()).isEqualTo(400);
        assertThat(beforeRaised.json().get("errors").findValuesAsString("field")).containsExactly("decidedAt");
    }
}
