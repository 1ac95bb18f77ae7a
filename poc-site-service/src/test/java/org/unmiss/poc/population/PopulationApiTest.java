package org.unmiss.poc.population;

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

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class PopulationApiTest {

    @Autowired
    ApiClient api;
    @Autowired
    TestIssuer issuer;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ReferenceDataLoader referenceData;

    String bentiuWriter;

    @BeforeEach
    void reset() throws Exception {
        Fixtures.reset(mongo, referenceData);
        bentiuWriter = issuer.token("unpol.officer.bentiu", "BENTIU", "POC_READ", "POC_WRITE");
    }

    private static String figure(String asOf, String method, int total, String cells) {
        return "{\"asOf\": \"" + asOf + "\", \"method\": \"" + method + "\", \"households\": 20000, \"total\": " + total
                + ", \"counts\": " + cells + "}";
    }

    @Test
    void recordsAFigureAndServesTheTimeSeriesInDateOrder() {
        ApiResponse created = api.post("/api/v1/poc-sites/BENTIU/population", bentiuWriter,
                figure("2026-02-01", "HEADCOUNT", 100_000, Fixtures.cells(30_000, 20_000, 3_000, 26_000, 19_000, 2_000)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).startsWith("/api/v1/poc-sites/BENTIU/population");
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        api.post("/api/v1/poc-sites/BENTIU/population", bentiuWriter,
                figure("2026-01-01", "BIOMETRIC_REGISTRATION", 98_000, Fixtures.cells(29_000, 20_000, 3_000, 25_000, 19_000, 2_000)));
        ApiResponse series = api.get("/api/v1/poc-sites/BENTIU/population", bentiuWriter);
        assertThat(series.json().get("content").findValuesAsString("asOf")).containsExactly("2026-01-01", "2026-02-01");
        assertThat(series.json().get("content").get(1).get("total").asInt()).isEqualTo(100_000);
        ApiResponse filtered = api.get("/api/v1/poc-sites/BENTIU/population?from=2026-01-15&method=HEADCOUNT", bentiuWriter);
        assertThat(filtered.json().get("totalElements").asInt()).isEqualTo(1);
    }

    @Test
    void partsThatDoNotAddUpAreRefusedNamingTheMismatch() {
        ApiResponse response = api.post("/api/v1/poc-sites/BENTIU/population", bentiuWriter,
                figure("2026-02-01", "HEADCOUNT", 100_000, Fixtures.cells(30_000, 20_000, 3_000, 26_000, 19_000, 1_000)));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field")).containsExactly("total", "counts");
        assertThat(response.json().get("detail").asString()).contains("100000", "99000");
        assertThat(mongo.getCollection("population_figures").countDocuments()).isZero();
    }

    @Test
    void aMissingSexAgeCellIsNamed() {
        String fiveCells = Fixtures.cells(1, 1, 1, 1, 1, 1).replaceFirst("\\{\"sex\": \"FEMALE\", \"ageGroup\": \"CHILDREN\", \"count\": 1\\},", "");
        ApiResponse response = api.post("/api/v1/poc-sites/BENTIU/population", bentiuWriter, figure("2026-02-01", "ESTIMATE", 5, fiveCells));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("reason").asString()).contains("FEMALE CHILDREN");
    }

    @Test
    void theSameCountCannotBeRecordedTwice() {
        String body = figure("2026-02-01", "HEADCOUNT", 6, Fixtures.cells(1, 1, 1, 1, 1, 1));
        assertThat(api.post("/api/v1/poc-sites/BENTIU/population", bentiuWriter, body).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/poc-sites/BENTIU/population", bentiuWriter, body).status()).isEqualTo(409);
    }

    @Test
    void badInputIsNamedField() {
        ApiResponse future = api.post("/api/v1/poc-sites/BENTIU/population", bentiuWriter,
                figure("2999-01-01", "HEADCOUNT", 6, Fixtures.cells(1, 1, 1, 1, 1, 1)));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().get("errors").get(0).get("field").asString()).isEqualTo("asOf");
        ApiResponse method = api.post("/api/v1/poc-sites/BENTIU/population", bentiuWriter,
                figure("2026-01-01", "GUESS", 6, Fixtures.cells(1, 1, 1, 1, 1, 1)));
        assertThat(method.json().get("errors").get(0).get("field").asString()).isEqualTo("method");
        assertThat(api.post("/api/v1/poc-sites/NOWHERE/population", bentiuWriter,
                figure("2026-01-01", "HEADCOUNT", 6, Fixtures.cells(1, 1, 1, 1, 1, 1))).status()).isEqualTo(404);
    }

    @Test
    void anotherFieldOfficesSiteIsForbidden() {
        ApiResponse response = api.post("/api/v1/poc-sites/MALAKAL/population", bentiuWriter,
                figure("2026-02-01", "HEADCOUNT", 6, Fixtures.cells(1, 1, 1, 1, 1, 1)));
        assertThat(response.status()).isEqualTo(403);
    }
}
