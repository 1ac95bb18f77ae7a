package org.unmiss.poc.site;

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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class PocSiteApiTest {

    private static final String LAYOUT = """
            {"capacity": 36000, "structure": [{"code": "A", "name": "Sector A", "blocks": ["A1", "A2"]}],
             "perimeter": {"type": "Polygon", "coordinates": [[[31.64, 9.56], [31.66, 9.56], [31.66, 9.57], [31.64, 9.57], [31.64, 9.56]]]},
             "weaponsFreeZone": {"type": "Polygon", "coordinates": [[[31.63, 9.55], [31.67, 9.55], [31.67, 9.58], [31.63, 9.58], [31.63, 9.55]]]}}
            """;

    @Autowired
    ApiClient api;
    @Autowired
    TestIssuer issuer;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ReferenceDataLoader referenceData;

    String reader;

    @BeforeEach
    void reset() throws Exception {
        Fixtures.reset(mongo, referenceData);
        reader = issuer.token("unpol.officer.bentiu", "BENTIU", "POC_READ");
    }

    @Test
    void listsSitesWithTheirLifecycleAndDesignation() {
        assertThat(api.get("/api/v1/poc-sites", reader).json().get("totalElements").asInt()).isEqualTo(6);
        assertThat(codes(api.get("/api/v1/poc-sites?designation=POC_SITE", reader))).containsExactly("MALAKAL");
        JsonNode bor = api.get("/api/v1/poc-sites/BOR", reader).json();
        assertThat(bor.get("redesignatedOn").asString()).isEqualTo("2020-09-25");
        assertThat(bor.get("lifecycle").findValuesAsString("type")).containsExactly("OPENED", "REDESIGNATED_IDP_CAMP");
        JsonNode juba = api.get("/api/v1/poc-sites/JUBA-UNH-POC3", reader).json();
        assertThat(juba.get("redesignatedOn").asString()).isEqualTo("2020-11-17");
        assertThat(juba.get("weaponsFreeZone").get("type").asString()).isEqualTo("Polygon");
        JsonNode wau = api.get("/api/v1/poc-sites/WAU", reader).json();
        assertThat(wau.get("designation").asString()).isEqualTo("IDP_CAMP");
        assertThat(wau.get("lifecycle").get(1).get("on").isNull()).as("Wau's redesignation date is not on record").isTrue();
    }

    @Test
    void findsSitesInABoxOrWithinARadius() {
        // a box around Juba holds both UN House sites only
        assertThat(codes(api.get("/api/v1/poc-sites?minLatitude=4.7&minLongitude=31.4&maxLatitude=4.9&maxLongitude=31.6", reader)))
                .containsExactly("JUBA-UNH-POC1", "JUBA-UNH-POC3");
        // Bor is about 155 km from Juba: inside 200 km, outside 150 km
        assertThat(codes(api.get("/api/v1/poc-sites?nearLatitude=4.8165&nearLongitude=31.5144&radiusKm=200", reader)))
                .containsExactly("BOR", "JUBA-UNH-POC1", "JUBA-UNH-POC3");
        assertThat(codes(api.get("/api/v1/poc-sites?nearLatitude=4.8165&nearLongitude=31.5144&radiusKm=150", reader)))
                .containsExactly("JUBA-UNH-POC1", "JUBA-UNH-POC3");
        ApiResponse incomplete = api.get("/api/v1/poc-sites?nearLatitude=4.8&nearLongitude=31.5", reader);
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.json().get("errors").findValuesAsString("field")).containsExactly("radiusKm");
    }

    @Test
    void exportsSitesAndZonesAsGeoJson() {
        ApiResponse export = api.get("/api/v1/poc-sites/export.geojson", reader);
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("application/geo+json");
        JsonNode features = export.json().get("features");
        assertThat(export.json().get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(features.findValuesAsString("id")).contains("MALAKAL", "MALAKAL/perimeter", "JUBA-UNH-POC1/weapons-free-zone");
        features.forEach(feature -> {
            String expected = feature.get("id").asString().contains("/") ? "Polygon" : "Point";
            assertThat(feature.get("geometry").get("type").asString()).isEqualTo(expected);
        });
    }

    @Test
    void updatesTheLayoutOnlyWithTheCurrentVersion() {
        String writer = issuer.token("unpol.officer.malakal", "MALAKAL", "POC_READ", "POC_WRITE");
        ApiResponse noIfMatch = api.send("PUT", "/api/v1/poc-sites/MALAKAL/layout", writer, LAYOUT, Map.of());
        assertThat(noIfMatch.status()).isEqualTo(428);
        String etag = api.get("/api/v1/poc-sites/MALAKAL", writer).header("ETag");
        ApiResponse updated = api.send("PUT", "/api/v1/poc-sites/MALAKAL/layout", writer, LAYOUT, Map.of("If-Match", etag));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().get("capacity").asInt()).isEqualTo(36000);
        assertThat(updated.header("ETag")).isNotEqualTo(etag);
        ApiResponse stale = api.send("PUT", "/api/v1/poc-sites/MALAKAL/layout", writer, LAYOUT, Map.of("If-Match", etag));
        assertThat(stale.status()).isEqualTo(412);
    }

    @Test
    void refusesAZoneThatIsNotAPolygon() {
        String writer = issuer.token("unpol.officer.malakal", "MALAKAL", "POC_READ", "POC_WRITE");
        String etag = api.get("/api/v1/poc-sites/MALAKAL", writer).header("ETag");
        String bad = LAYOUT.replace("[[[31.63, 9.55], [31.67, 9.55], [31.67, 9.58], [31.63, 9.58], [31.63, 9.55]]]",
                "[[[31.63, 9.55], [31.67, 9.58], [31.67, 9.55], [31.63, 9.58], [31.63, 9.55]]]");
        ApiResponse response = api.send("PUT", "/api/v1/poc-sites/MALAKAL/layout", writer, bad, Map.of("If-Match", etag));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field")).allMatch(f -> f.startsWith("weaponsFreeZone"));
    }

    @Test
    void aFieldOfficeChangesOnlyItsOwnSites() {
        String bentiu = issuer.token("unpol.officer.bentiu", "BENTIU", "POC_READ", "POC_WRITE");
        String etag = api.get("/api/v1/poc-sites/MALAKAL", bentiu).header("ETag");
        assertThat(api.send("PUT", "/api/v1/poc-sites/MALAKAL/layout", bentiu, LAYOUT, Map.of("If-Match", etag)).status())
                .isEqualTo(403);
    }

    @Test
    void recordsLifecycleStepsAndRefusesImpossibleOnes() {
        String writer = issuer.token("unpol.officer.malakal", "MALAKAL", "POC_READ", "POC_WRITE");
        String etag = api.get("/api/v1/poc-sites/MALAKAL", writer).header("ETag");
        ApiResponse redesignated = api.send("POST", "/api/v1/poc-sites/MALAKAL/lifecycle-events", writer,
                "{\"type\": \"REDESIGNATED_IDP_CAMP\", \"on\": \"2026-06-01\"}", Map.of("If-Match", etag));
        assertThat(redesignated.status()).as(redesignated.body()).isEqualTo(200);
        assertThat(redesignated.json().get("designation").asString()).isEqualTo("IDP_CAMP");
        ApiResponse again = api.send("POST", "/api/v1/poc-sites/MALAKAL/lifecycle-events", writer,
                "{\"type\": \"REDESIGNATED_IDP_CAMP\", \"on\": \"2026-07-01\"}", Map.of("If-Match", redesignated.header("ETag")));
        assertThat(again.status()).isEqualTo(409);
        ApiResponse unknown = api.send("POST", "/api/v1/poc-sites/MALAKAL/lifecycle-events", writer,
                "{\"type\": \"DEMOLISHED\"}", Map.of("If-Match", redesignated.header("ETag")));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("type");
    }

    @Test
    void namesTheAcceptedValuesOfAnUnknownDesignation() {
        ApiResponse response = api.get("/api/v1/poc-sites?designation=REFUGEE_CAMP", reader);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("designation");
        assertThat(response.json().get("errors").get(0).get("reason").asString()).contains("POC_SITE", "IDP_CAMP");
    }

    private static List<String> codes(ApiResponse response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        response.json().get("content").forEach(site -> codes.add(site.get("code").asString()));
        return codes;
    }
}
