package org.unmiss.poc.incident;

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
import static org.unmiss.poc.Fixtures.JUBA_INSIDE_LAT;
import static org.unmiss.poc.Fixtures.JUBA_INSIDE_LON;
import static org.unmiss.poc.Fixtures.JUBA_OUTSIDE_LAT;
import static org.unmiss.poc.Fixtures.JUBA_OUTSIDE_LON;

@ServiceTest
class IncidentApiTest {

    @Autowired
    ApiClient api;
    @Autowired
    TestIssuer issuer;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ReferenceDataLoader referenceData;

    String jubaWriter;

    @BeforeEach
    void reset() throws Exception {
        Fixtures.reset(mongo, referenceData);
        jubaWriter = issuer.token("unpol.officer.juba", "JUBA", "POC_READ", "POC_WRITE");
    }

    private JsonNode record(String category, double lat, double lon, boolean weapons) {
        ApiResponse response = api.post("/api/v1/security-incidents", jubaWriter,
                Fixtures.incident("JUBA-UNH-POC3", category, lat, lon, weapons, "2026-03-01T10:00:00Z"));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    @Test
    void aWeaponInsideTheZoneIsFlaggedAsABreach() {
        JsonNode inside = record("ASSAULT", JUBA_INSIDE_LAT, JUBA_INSIDE_LON, true);
        assertThat(inside.get("reference").asString()).matches("SI-2026-\\d{6}");
        assertThat(inside.get("insideWeaponsFreeZone").asBoolean()).isTrue();
        assertThat(inside.get("weaponsFreeZoneBreach").asBoolean()).isTrue();
        JsonNode outside = record("ASSAULT", JUBA_OUTSIDE_LAT, JUBA_OUTSIDE_LON, true);
        assertThat(outside.get("insideWeaponsFreeZone").asBoolean()).isFalse();
        assertThat(outside.get("weaponsFreeZoneBreach").asBoolean()).isFalse();
        JsonNode noWeapon = record("THEFT", JUBA_INSIDE_LAT, JUBA_INSIDE_LON, false);
        assertThat(noWeapon.get("insideWeaponsFreeZone").asBoolean()).isTrue();
        assertThat(noWeapon.get("weaponsFreeZoneBreach").asBoolean()).isFalse();
        ApiResponse breaches = api.get("/api/v1/security-incidents?breach=true", jubaWriter);
        assertThat(breaches.json().get("content").findValuesAsString("reference")).containsExactly(inside.get("reference").asString());
    }

    @Test
    void findsIncidentsInABoxAndWithinARadius() {
        JsonNode inside = record("ASSAULT", JUBA_INSIDE_LAT, JUBA_INSIDE_LON, false);
        JsonNode outside = record("THEFT", JUBA_OUTSIDE_LAT, JUBA_OUTSIDE_LON, false);
        ApiResponse box = api.get("/api/v1/security-incidents?minLatitude=4.80&minLongitude=31.50&maxLatitude=4.82&maxLongitude=31.52", jubaWriter);
        assertThat(box.json().get("content").findValuesAsString("reference")).containsExactly(inside.get("reference").asString());
        // about 4.1 km apart: within 5 km both, within 2 km only the first
        ApiResponse wide = api.get("/api/v1/security-incidents?nearLatitude=4.8140&nearLongitude=31.5105&radiusKm=5", jubaWriter);
        assertThat(wide.json().get("totalElements").asInt()).isEqualTo(2);
        ApiResponse narrow = api.get("/api/v1/security-incidents?nearLatitude=4.8140&nearLongitude=31.5105&radiusKm=2", jubaWriter);
        assertThat(narrow.json().get("content").findValuesAsString("reference")).containsExactly(inside.get("reference").asString());
        assertThat(outside.get("reference").asString()).isNotEqualTo(inside.get("reference").asString());
    }

    @Test
    void exportsGeoJsonWithoutDescriptions() {
        record("ASSAULT", JUBA_INSIDE_LAT, JUBA_INSIDE_LON, true);
        ApiResponse export = api.get("/api/v1/security-incidents/export.geojson?siteCode=JUBA-UNH-POC3", jubaWriter);
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("application/geo+json");
        JsonNode feature = export.json().get("features").get(0);
        assertThat(feature.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(JUBA_INSIDE_LON);
        assertThat(feature.get("properties").get("weaponsFreeZoneBreach").asBoolean()).isTrue();
        assertThat(export.body()).doesNotContain("Person A");
    }

    @Test
    void descriptionsThatMayNamePeopleNeedPocWrite() {
        String reference = record("ASSAULT", JUBA_INSIDE_LAT, JUBA_INSIDE_LON, false).get("reference").asString();
        JsonNode forWriter = api.get("/api/v1/security-incidents/" + reference, jubaWriter).json();
        assertThat(forWriter.get("description").asString()).contains("Person A");
        JsonNode forReader = api.get("/api/v1/security-incidents/" + reference,
                issuer.token("reader", "JUBA", "POC_READ")).json();
        assertThat(forReader.get("description").isNull()).isTrue();
        assertThat(forReader.get("descriptionWithheld").asBoolean()).isTrue();
    }

    @Test
    void anotherFieldOfficeNeitherSeesNorRecordsJubaIncidents() {
        String reference = record("ASSAULT", JUBA_INSIDE_LAT, JUBA_INSIDE_LON, false).get("reference").asString();
        String bentiu = issuer.token("unpol.officer.bentiu", "BENTIU", "POC_READ", "POC_WRITE");
        assertThat(api.get("/api/v1/security-incidents/" + reference, bentiu).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/security-incidents", bentiu).json().get("totalElements").asInt()).isZero();
        assertThat(api.get("/api/v1/security-incidents", issuer.tokenWithoutOffice("x", "POC_READ"))
                .json().get("totalElements").asInt()).isZero();
        assertThat(api.get("/api/v1/security-incidents", issuer.token("hq", "HQ", "POC_READ"))
                .json().get("totalElements").asInt()).isEqualTo(1);
        ApiResponse write = api.post("/api/v1/security-incidents", bentiu,
                Fixtures.incident("JUBA-UNH-POC3", "THEFT", JUBA_INSIDE_LAT, JUBA_INSIDE_LON, false, "2026-03-01T10:00:00Z"));
        assertThat(write.status()).isEqualTo(403);
        // The reason is kept: the office, not the caller's roles, refused the write.
        assertThat(write.json().get("detail").asString()).isEqualTo("Records of field office JUBA are outside your field office");
    }

    @Test
    void badInputGetsSpecificAnswers() {
        ApiResponse far = api.post("/api/v1/security-incidents", jubaWriter,
                Fixtures.incident("JUBA-UNH-POC3", "THEFT", 9.5, 31.6, false, "2026-03-01T10:00:00Z"));
        assertThat(far.status()).isEqualTo(400);
        assertThat(far.json().get("errors").findValuesAsString("field")).containsExactly("latitude", "longitude");
        ApiResponse category = api.post("/api/v1/security-incidents", jubaWriter,
                Fixtures.incident("JUBA-UNH-POC3", "PICKPOCKETING", JUBA_INSIDE_LAT, JUBA_INSIDE_LON, false, "2026-03-01T10:00:00Z"));
        assertThat(category.json().get("errors").get(0).get("field").asString()).isEqualTo("category");
        assertThat(category.json().get("errors").get(0).get("reason").asString()).contains("SGBV");
        ApiResponse people = api.post("/api/v1/security-incidents", jubaWriter,
                Fixtures.incident("JUBA-UNH-POC3", "THEFT", JUBA_INSIDE_LAT, JUBA_INSIDE_LON, false, "2026-03-01T10:00:00Z")
                        .replace("\"total\": 2", "\"total\": 3"));
        assertThat(people.status()).isEqualTo(400);
        assertThat(people.json().get("errors").findValuesAsString("field")).containsExactly("people.total", "people.counts");
        ApiResponse site = api.post("/api/v1/security-incidents", jubaWriter,
                Fixtures.incident("NOWHERE", "THEFT", JUBA_INSIDE_LAT, JUBA_INSIDE_LON, false, "2026-03-01T10:00:00Z"));
        assertThat(site.json().get("errors").get(0).get("field").asString()).isEqualTo("siteCode");
        ApiResponse extra = api.post("/api/v1/security-incidents", jubaWriter,
                Fixtures.incident("JUBA-UNH-POC3", "THEFT", JUBA_INSIDE_LAT, JUBA_INSIDE_LON, false, "2026-03-01T10:00:00Z")
                        .replace("\"severity\"", "\"colour\": \"red\", \"severity\""));
        assertThat(extra.json().get("errors").get(0).get("field").asString()).isEqualTo("colour");
        assertThat(mongo.getCollection("security_incidents").countDocuments()).isZero();
    }

    @Test
    void aRetriedCreateWithTheSameIdempotencyKeyRecordsOneIncident() {
        String body = Fixtures.incident("JUBA-UNH-POC3", "THEFT", JUBA_INSIDE_LAT, JUBA_INSIDE_LON, false, "2026-03-01T10:00:00Z");
        ApiResponse first = api.send("POST", "/api/v1/security-incidents", jubaWriter, body, Map.of("Idempotency-Key", "retry-1"));
        ApiResponse retry = api.send("POST", "/api/v1/security-incidents", jubaWriter, body, Map.of("Idempotency-Key", "retry-1"));
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().get("reference").asString()).isEqualTo(first.json().get("reference").asString());
        assertThat(mongo.getCollection("security_incidents").countDocuments()).isEqualTo(1);
    }

    @Test
    void onlySgbvIncidentsAreReferredAndOnlyWithConsent() {
        String theft = record("THEFT", JUBA_INSIDE_LAT, JUBA_INSIDE_LON, false).get("reference").asString();
        ApiResponse notSgbv = api.post("/api/v1/security-incidents/" + theft + "/hr-referral", jubaWriter,
                "{\"survivorConsent\": true}");
        assertThat(notSgbv.status()).isEqualTo(409);
        String sgbv = record("SGBV", JUBA_INSIDE_LAT, JUBA_INSIDE_LON, false).get("reference").asString();
        ApiResponse noConsent = api.send("POST", "/api/v1/security-incidents/" + sgbv + "/hr-referral", jubaWriter,
                "{\"survivorConsent\": false}", Map.of());
        assertThat(noConsent.status()).isEqualTo(400);
        assertThat(noConsent.json().get("errors").get(0).get("field").asString()).isEqualTo("survivorConsent");
    }
}
