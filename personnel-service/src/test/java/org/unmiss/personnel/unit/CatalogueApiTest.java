package org.unmiss.personnel.unit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;
import org.unmiss.personnel.Fixtures;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Contributing countries and units. */
@ServiceTest
class CatalogueApiTest {

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;

    String writer;

    @BeforeEach
    void client() {
        writer = new Fixtures(api, issuer).writer();
    }

    static String unitJson(String code, String country, String office) {
        return """
                {"code": "%s", "name": "Test battalion", "countryCode": "%s", "type": "INFANTRY_BATTALION",
                 "authorisedStrength": 850, "baseFieldOffice": "%s", "rotationStart": "2026-01-01", "rotationEnd": "2026-12-31"}
                """.formatted(code, country, office);
    }

    @Test
    void listsTheSeventyThreeContributingCountries() {
        ApiResponse list = api.get("/api/v1/countries?size=200", issuer.token("partner", "HQ", "PARTNER"));
        assertThat(list.json().get("totalElements").asInt()).isGreaterThanOrEqualTo(73);
        ApiResponse india = api.get("/api/v1/countries/IND", writer);
        assertThat(india.json().get("name").asString()).isEqualTo("India");
    }

    @Test
    void registersOnlyIsoAlpha3Countries() {
        assertThat(api.post("/api/v1/countries", writer, "{\"code\": \"XYZ\", \"contributorSince\": \"2026-01-01\"}")
                .json().at("/errors/0/field").asString()).isEqualTo("code");
        assertThat(api.post("/api/v1/countries", writer, "{\"code\": \"in\", \"contributorSince\": \"2026-01-01\"}").status()).isEqualTo(400);
        ApiResponse created = api.post("/api/v1/countries", writer, "{\"code\": \"ISL\", \"contributorSince\": \"2026-01-01\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("name").asString()).isEqualTo("Iceland");
        assertThat(created.header("Location")).isEqualTo("/api/v1/countries/ISL");
        assertThat(api.post("/api/v1/countries", writer, "{\"code\": \"ISL\", \"contributorSince\": \"2026-01-01\"}").status()).isEqualTo(409);
    }

    @Test
    void unitsAreCreatedCheckedAndUpdatedWithIfMatch() {
        String code = "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        ApiResponse created = api.post("/api/v1/units", writer, unitJson(code, "NPL", "BENTIU"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(api.post("/api/v1/units", writer, unitJson(code, "NPL", "BENTIU")).status()).isEqualTo(409);
        ApiResponse bad = api.post("/api/v1/units", writer, unitJson(code + "X", "ISR", "NOWHERE"));
        assertThat(bad.json().get("errors").findValuesAsString("field")).containsExactly("countryCode", "baseFieldOffice");

        String moved = unitJson(code, "NPL", "WAU");
        assertThat(api.send("PUT", "/api/v1/units/" + code, writer, moved, Map.of()).status()).isEqualTo(428);
        ApiResponse updated = api.send("PUT", "/api/v1/units/" + code, writer, moved, Map.of("If-Match", created.header("ETag")));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().get("baseFieldOffice").asString()).isEqualTo("WAU");
        assertThat(api.send("PUT", "/api/v1/units/" + code, writer, moved, Map.of("If-Match", created.header("ETag"))).status()).isEqualTo(412);
        assertThat(api.send("PUT", "/api/v1/units/" + code, writer, unitJson("OTHER", "NPL", "WAU"), Map.of("If-Match", "\"1\""))
                .json().at("/errors/0/field").asString()).isEqualTo("code");

        ApiResponse list = api.get("/api/v1/units?countryCode=NPL&baseFieldOffice=WAU&type=INFANTRY_BATTALION", issuer.token("r", "HQ", "REPORTING"));
        assertThat(list.json().get("content").findValuesAsString("code")).contains(code);
    }
}
