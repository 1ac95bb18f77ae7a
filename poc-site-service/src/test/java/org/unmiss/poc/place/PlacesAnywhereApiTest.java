package org.unmiss.poc.place;

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

import static org.assertj.core.api.Assertions.assertThat;

/** The place list, and incidents and patrols recorded by county, far from any PoC site. */
@ServiceTest
class PlacesAnywhereApiTest {

    @Autowired
    ApiClient api;
    @Autowired
    TestIssuer issuer;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ReferenceDataLoader referenceData;

    String bentiu;
    String yambio;
    String headquarters;

    @BeforeEach
    void reset() throws Exception {
        Fixtures.reset(mongo, referenceData);
        bentiu = issuer.token("unpol.officer.bentiu", "BENTIU", "POC_READ", "POC_WRITE");
        yambio = issuer.token("unpol.officer.yambio", "YAMBIO", "POC_READ", "POC_WRITE");
        headquarters = issuer.token("protection.hq", "HQ", "POC_READ", "POC_WRITE");
    }

    @Test
    void statesCarryTheirIsoCodesAndCountiesNoInventedCode() {
        ApiResponse unity = api.get("/api/v1/places/SS-UY", bentiu);
        assertThat(unity.status()).as(unity.body()).isEqualTo(200);
        assertThat(unity.json().get("code").asString()).isEqualTo("SS-UY");
        assertThat(unity.json().get("source").get("document").asString()).contains("ISO 3166-2");
        ApiResponse counties = api.get("/api/v1/places?level=COUNTY&parentId=SS-UY", bentiu);
        assertThat(counties.json().findValuesAsString("name")).contains("Leer", "Guit", "Rubkona");
        ApiResponse leer = api.get("/api/v1/places/Unity/Leer", bentiu);
        assertThat(leer.status()).as(leer.body()).isEqualTo(200);
        assertThat(leer.json().get("code").isNull()).isTrue();
        assertThat(leer.json().get("codeNote").asString()).contains("COD-AB");
        assertThat(api.get("/api/v1/places/Unity/Atlantis", bentiu).status()).isEqualTo(404);
    }

    @Test
    void anIncidentInLeerIsAcceptedWithItsCountyAndAwayFromAnySite() {
        ApiResponse created = api.post("/api/v1/security-incidents", bentiu, Fixtures.incidentInLeer("Leer", null));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode incident = created.json();
        assertThat(incident.get("siteCode").isNull()).isTrue();
        assertThat(incident.get("fieldOffice").asString()).isEqualTo("BENTIU");
        assertThat(incident.get("place").get("county").asString()).isEqualTo("Leer");
        assertThat(incident.get("place").get("state").asString()).isEqualTo("Unity");
        assertThat(incident.get("insideWeaponsFreeZone").asBoolean()).isFalse();
        assertThat(incident.get("weaponsFreeZoneBreach").asBoolean()).as("no zone away from a site").isFalse();
        assertThat(incident.get("details").get("perpetratorParty").asString()).as("the canonical party code").isEqualTo("SPLM-A-IO");
        assertThat(incident.get("details").get("handedOverToNationalPolice").asInt()).isEqualTo(2);
        assertThat(incident.get("responseMinutes").asLong()).isEqualTo(150);
        ApiResponse geo = api.get("/api/v1/security-incidents/export.geojson", bentiu);
        assertThat(geo.json().get("features").get(0).get("properties").get("county").asString()).isEqualTo("Leer");
        ApiResponse monthly = api.get("/api/v1/security-incidents/reports/monthly?from=2026-03-01&to=2026-03-31", bentiu);
        assertThat(monthly.status()).as("an incident without a site does not break the monthly report").isEqualTo(200);
    }

    @Test
    void aNearMissPlaceIsRefusedWithTheNearestCountySuggested() {
        ApiResponse response = api.post("/api/v1/security-incidents", bentiu, Fixtures.incidentInLeer("Guitt", null));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode error = response.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("place");
        assertThat(error.get("reason").asString()).contains("did you mean 'Guit' (Unity/Guit)");
        assertThat(mongo.getCollection("security_incidents").countDocuments()).isZero();
    }

    @Test
    void withoutASiteThePlaceIsRequiredAndThePointMustLieInSouthSudan() {
        ApiResponse noPlace = api.post("/api/v1/security-incidents", bentiu, Fixtures.incidentInLeer("Leer", null)
                .replace("\"place\": \"Leer\",", ""));
        assertThat(noPlace.status()).isEqualTo(400);
        assertThat(noPlace.json().get("errors").findValuesAsString("field")).containsExactly("place");
        ApiResponse abroad = api.post("/api/v1/security-incidents", bentiu, Fixtures.incidentInLeer("Leer", null)
                .replace("\"latitude\": 8.30", "\"latitude\": 15.60"));
        assertThat(abroad.status()).isEqualTo(400);
        assertThat(abroad.json().get("errors").findValuesAsString("field")).containsExactly("latitude");
    }

    @Test
    void headquartersNamesTheOfficeAndAnOfficeRecordsOnlyForItself() {
        ApiResponse unnamed = api.post("/api/v1/security-incidents", headquarters, Fixtures.incidentInLeer("Leer", null));
        assertThat(unnamed.status()).isEqualTo(400);
        assertThat(unnamed.json().get("errors").findValuesAsString("field")).containsExactly("fieldOffice");
        ApiResponse named = api.post("/api/v1/security-incidents", headquarters, Fixtures.incidentInLeer("Leer", "BENTIU"));
        assertThat(named.status()).as(named.body()).isEqualTo(201);
        ApiResponse otherOffice = api.post("/api/v1/security-incidents", yambio, Fixtures.incidentInLeer("Leer", "BENTIU"));
        assertThat(otherOffice.status()).isEqualTo(403);
        assertThat(api.get("/api/v1/security-incidents/" + named.json().get("reference").asString(), yambio).status()).isEqualTo(404);
    }

    @Test
    void yambioLogsALongDurationPatrolThroughItsCounties() {
        ApiResponse created = api.post("/api/v1/patrols", yambio, Fixtures.longPatrol(null));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("siteCode").isNull()).isTrue();
        assertThat(created.json().get("fieldOffice").asString()).isEqualTo("YAMBIO");
        assertThat(created.json().get("placesVisited").findValuesAsString("county")).containsExactly("Yambio", "Nzara");
        ApiResponse tooLongForADayPatrol = api.post("/api/v1/patrols", yambio, Fixtures.longPatrol(null)
                .replace("LONG_DURATION", "DISMOUNTED"));
        assertThat(tooLongForADayPatrol.status()).isEqualTo(400);
        assertThat(tooLongForADayPatrol.json().get("errors").findValuesAsString("field")).containsExactly("endedAt");
        ApiResponse nowhere = api.post("/api/v1/patrols", yambio, Fixtures.longPatrol(null)
                .replace("\"placesVisited\": [\"Yambio\", \"Nzara\"],", ""));
        assertThat(nowhere.status()).isEqualTo(400);
        assertThat(nowhere.json().get("errors").findValuesAsString("field")).containsExactly("placesVisited");
        assertThat(api.get("/api/v1/patrols", bentiu).json().get("totalElements").asInt())
                .as("Bentiu does not see Yambio's patrols").isZero();
    }

    @Test
    void anIncidentAtARedesignatedSiteIsFlaggedUnderGovernmentControl() {
        ApiResponse atBentiu = api.post("/api/v1/security-incidents", bentiu,
                Fixtures.incident("BENTIU", "THEFT", 9.30, 29.76, false, "2026-03-01T10:00:00Z"));
        assertThat(atBentiu.status()).as(atBentiu.body()).isEqualTo(201);
        assertThat(atBentiu.json().get("underGovernmentControl").asBoolean()).isTrue();
        assertThat(atBentiu.json().get("place").get("placeId").asString()).isEqualTo("Unity/Rubkona");
        ApiResponse badSector = api.post("/api/v1/security-incidents", bentiu,
                Fixtures.incident("BENTIU", "THEFT", 9.30, 29.76, false, "2026-03-01T10:00:00Z")
                        .replace("\"severity\"", "\"sector\": \"Z\", \"severity\""));
        assertThat(badSector.status()).isEqualTo(400);
        assertThat(badSector.json().get("errors").findValuesAsString("field")).containsExactly("sector");
    }
}
