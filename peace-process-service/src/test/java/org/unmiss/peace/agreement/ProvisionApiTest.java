package org.unmiss.peace.agreement;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.peace.support.PeaceApiTest;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProvisionApiTest extends PeaceApiTest {

    static final String WOMEN_IN_EXECUTIVE = """
            {"code":"I.4.4","chapter":"I","title":"At least 35 percent women in the Executive","responsibleBody":"Presidency",
             "benchmark":{"description":"Share of women in the Executive","unit":"PERCENT","target":35},
             "status":"NOT_STARTED","effectiveDate":"2018-09-12","evidence":"Agreement signed","measuredValue":16}
            """;
    static final String CANTONMENT = """
            {"code":"II.2.1","chapter":"II","title":"Cantonment of forces","deadline":"2019-06-30","responsibleBody":"Joint Defence Board",
             "status":"NOT_STARTED","effectiveDate":"2018-09-12","evidence":"Agreement signed"}
            """;

    @BeforeEach
    void empty() {
        clean("agreement_provisions");
    }

    @Test
    void aStatusChangeIsRecordedAndTheMatrixReadsAsOfAnEarlierDate() {
        ApiResponse created = api().post("/api/v1/agreement-chapters/provisions", civilAffairs(), CANTONMENT);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/v1/agreement-chapters/provisions/II.2.1");
        ApiResponse ongoing = status("II.2.1", created.header("ETag"), "ONGOING", "2020-01-15", null);
        assertThat(ongoing.status()).as(ongoing.body()).isEqualTo(200);
        ApiResponse partial = status("II.2.1", ongoing.header("ETag"), "PARTIALLY_IMPLEMENTED", "2022-08-30", null);
        assertThat(partial.json().get("currentStatus").asString()).isEqualTo("PARTIALLY_IMPLEMENTED");
        assertThat(values(partial.json().get("history"), "status")).containsExactly("NOT_STARTED", "ONGOING", "PARTIALLY_IMPLEMENTED");

        JsonNode in2021 = chapter(matrix("2021-06-30"), "II");
        assertThat(in2021.at("/byStatus/ONGOING").asInt()).isEqualTo(1);
        assertThat(in2021.at("/byStatus/PARTIALLY_IMPLEMENTED").asInt()).isZero();
        assertThat(in2021.at("/provisions/0/since").asString()).isEqualTo("2020-01-15");
        assertThat(in2021.at("/provisions/0/pastDeadline").asBoolean()).isTrue();
        assertThat(chapter(matrix("2023-01-01"), "II").at("/byStatus/PARTIALLY_IMPLEMENTED").asInt()).isEqualTo(1);
        assertThat(chapter(matrix("2018-09-11"), "II").get("total").asInt()).as("not tracked before it was signed").isZero();
        assertThat(matrix("2021-06-30").get("chapters").size()).isEqualTo(8);
    }

    @Test
    void theWomenBenchmarkCarriesAMeasuredValue() {
        ApiResponse created = api().post("/api/v1/agreement-chapters/provisions", civilAffairs(), WOMEN_IN_EXECUTIVE);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertBadRequest(status("I.4.4", created.header("ETag"), "PARTIALLY_IMPLEMENTED", "2020-03-12", null), "measuredValue");
        ApiResponse measured = status("I.4.4", created.header("ETag"), "PARTIALLY_IMPLEMENTED", "2020-03-12", 20.0);
        assertThat(measured.json().get("currentValue").asDouble()).isEqualTo(20.0);
        JsonNode row = chapter(matrix("2021-01-01"), "I").at("/provisions/0");
        assertThat(row.get("measuredValue").asDouble()).isEqualTo(20.0);
        assertThat(row.get("target").asDouble()).isEqualTo(35.0);
    }

    @Test
    void badStatusChangesAreRefusedWithTheFieldNamed() {
        ApiResponse created = api().post("/api/v1/agreement-chapters/provisions", civilAffairs(), CANTONMENT);
        String etag = created.header("ETag");
        assertBadRequest(status("II.2.1", etag, "ONGOING", "2017-01-01", null), "effectiveDate");
        assertBadRequest(status("II.2.1", etag, "ONGOING", "2099-01-01", null), "effectiveDate");
        assertBadRequest(status("II.2.1", etag, "ONGOING", "2020-01-01", 3.0), "measuredValue");
        assertBadRequest(status("II.2.1", etag, "FINISHED", "2020-01-01", null), "status");
        assertProblem(status("II.2.1", null, "ONGOING", "2020-01-01", null), 428);
        assertProblem(status("II.2.1", "\"5\"", "ONGOING", "2020-01-01", null), 412);
        assertProblem(status("II.9.9", etag, "ONGOING", "2020-01-01", null), 404);
        assertThat(api().get("/api/v1/agreement-chapters/provisions/II.2.1", civilAffairs()).json().get("history").size()).isEqualTo(1);
    }

    @Test
    void badProvisionsAreRefused() {
        assertBadRequest(api().post("/api/v1/agreement-chapters/provisions", civilAffairs(),
                CANTONMENT.replace("\"chapter\":\"II\"", "\"chapter\":\"III\"")), "code");
        assertBadRequest(api().post("/api/v1/agreement-chapters/provisions", civilAffairs(),
                CANTONMENT.replace("\"II.2.1\"", "\"2.1\"")), "code");
        api().post("/api/v1/agreement-chapters/provisions", civilAffairs(), CANTONMENT);
        assertProblem(api().post("/api/v1/agreement-chapters/provisions", civilAffairs(), CANTONMENT), 409);
    }

    @Test
    void listsFilterAndTheMatrixComesAsCsv() {
        api().post("/api/v1/agreement-chapters/provisions", civilAffairs(), CANTONMENT);
        api().post("/api/v1/agreement-chapters/provisions", civilAffairs(), WOMEN_IN_EXECUTIVE);
        assertThat(values(api().get("/api/v1/agreement-chapters/provisions", partner()).json().get("content"), "code"))
                .containsExactly("I.4.4", "II.2.1");
        assertThat(values(api().get("/api/v1/agreement-chapters/provisions?chapter=II", reporting()).json().get("content"), "code"))
                .containsExactly("II.2.1");
        assertThat(api().get("/api/v1/agreement-chapters/provisions/II.2.1", partner()).json().at("/history/0/recordedBy").isNull())
                .as("partners do not see who recorded a status").isTrue();
        assertThat(api().get("/api/v1/agreement-chapters/provisions/II.2.1", civilAffairs()).json().at("/history/0/recordedBy")
                .asString()).isEqualTo("civil.affairs");
        ApiResponse csv = api().send("GET", "/api/v1/agreement-chapters/implementation?asOf=2020-01-01", reporting(), null,
                Map.of("Accept", "text/csv"));
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body().lines()).containsExactly(
                "chapter,provision,title,status,since,measured_value,target,deadline,past_deadline",
                "I,I.4.4,At least 35 percent women in the Executive,NOT_STARTED,2018-09-12,16.0,35.0,,false",
                "II,II.2.1,Cantonment of forces,NOT_STARTED,2018-09-12,,,2019-06-30,true");
        assertBadRequest(api().get("/api/v1/agreement-chapters/implementation?chapter=XI", reporting()), "chapter");
        assertBadRequest(api().get("/api/v1/agreement-chapters/implementation?asOf=yesterday", reporting()), "asOf");
    }

    private ApiResponse status(String code, String etag, String status, String day, Double value) {
        String body = "{\"status\":\"" + status + "\",\"effectiveDate\":\"" + day + "\",\"evidence\":\"R-JMEC quarterly report\""
                + (value == null ? "" : ",\"measuredValue\":" + value) + "}";
        return send("POST", "/api/v1/agreement-chapters/provisions/" + code + "/status-changes", civilAffairs(), body, etag);
    }

    private JsonNode matrix(String asOf) {
        ApiResponse response = api().get("/api/v1/agreement-chapters/implementation?asOf=" + asOf, reporting());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode chapter(JsonNode matrix, String code) {
        return matrix.get("chapters").valueStream().filter(c -> c.get("chapter").asString().equals(code)).findFirst().orElseThrow();
    }
}
