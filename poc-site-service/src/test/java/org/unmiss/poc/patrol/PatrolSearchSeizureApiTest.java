package org.unmiss.poc.patrol;

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

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class PatrolSearchSeizureApiTest {

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

    @Test
    void logsAPatrolWithWomenCountedAndItsRoute() {
        ApiResponse created = api.post("/api/v1/patrols", bentiu, Fixtures.patrol("BENTIU", 12, 3));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String reference = created.json().get("reference").asString();
        assertThat(created.header("Location")).isEqualTo("/api/v1/patrols/" + reference);
        assertThat(created.json().get("route").get("coordinates").size()).isEqualTo(3);
        ApiResponse list = api.get("/api/v1/patrols?shift=NIGHT&type=DISMOUNTED", bentiu);
        assertThat(list.json().get("content").findValuesAsString("reference")).containsExactly(reference);
        assertThat(api.get("/api/v1/patrols?shift=DAY", bentiu).json().get("totalElements").asInt()).isZero();
        ApiResponse geoJson = api.get("/api/v1/patrols/export.geojson?siteCode=BENTIU", bentiu);
        assertThat(geoJson.contentType()).startsWith("application/geo+json");
        assertThat(geoJson.json().get("features").get(0).get("geometry").get("type").asString()).isEqualTo("LineString");
        assertThat(geoJson.json().get("features").get(0).get("properties").get("women").asInt()).isEqualTo(3);
    }

    @Test
    void refusesMoreWomenThanMembersAndABackwardPatrol() {
        ApiResponse response = api.post("/api/v1/patrols", bentiu,
                Fixtures.patrol("BENTIU", 5, 6).replace("\"endedAt\": \"2026-03-01T23:00:00Z\"", "\"endedAt\": \"2026-03-01T19:00:00Z\""));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("women", "endedAt");
        ApiResponse route = api.post("/api/v1/patrols", bentiu, Fixtures.patrol("BENTIU", 5, 1)
                .replace("[[29.760, 9.296], [29.765, 9.300], [29.762, 9.302]]", "[[29.760, 9.296]]"));
        assertThat(route.json().get("errors").get(0).get("field").asString()).isEqualTo("route.coordinates");
        assertThat(mongo.getCollection("patrols").countDocuments()).isZero();
    }

    @Test
    void aSearchRegistersSeizuresWhoseCustodyChainOnlyGrows() {
        ApiResponse search = api.post("/api/v1/searches", bentiu, Fixtures.search("BENTIU"));
        assertThat(search.status()).as(search.body()).isEqualTo(201);
        String searchReference = search.json().get("reference").asString();
        ApiResponse firearm = api.post("/api/v1/searches/" + searchReference + "/seizures", bentiu, Fixtures.seizure("FIREARM", 2));
        assertThat(firearm.status()).as(firearm.body()).isEqualTo(201);
        api.post("/api/v1/searches/" + searchReference + "/seizures", bentiu, Fixtures.seizure("BLADE", 7));
        String item = firearm.json().get("reference").asString();
        assertThat(firearm.json().get("status").asString()).isEqualTo("HELD");
        assertThat(firearm.json().get("custody").get(0).get("type").asString()).isEqualTo("DEPOSITED");
        assertThat(api.get("/api/v1/seizures?searchReference=" + searchReference, bentiu).json().get("totalElements").asInt())
                .isEqualTo(2);

        String event = "{\"type\": \"FORWARDED\", \"at\": \"2026-03-05T09:00:00Z\", \"by\": \"Custody officer\", \"location\": \"SSNPS Bentiu\"}";
        assertThat(api.post("/api/v1/seizures/" + item + "/custody-events", bentiu, event).status()).isEqualTo(428);
        ApiResponse forwarded = api.send("POST", "/api/v1/seizures/" + item + "/custody-events", bentiu, event,
                Map.of("If-Match", firearm.header("ETag")));
        assertThat(forwarded.status()).as(forwarded.body()).isEqualTo(201);
        assertThat(forwarded.json().get("status").asString()).isEqualTo("FORWARDED");
        assertThat(forwarded.json().get("custody").findValuesAsString("type")).containsExactly("DEPOSITED", "FORWARDED");
        ApiResponse stale = api.send("POST", "/api/v1/seizures/" + item + "/custody-events", bentiu, event,
                Map.of("If-Match", firearm.header("ETag")));
        assertThat(stale.status()).isEqualTo(412);
        ApiResponse afterEnd = api.send("POST", "/api/v1/seizures/" + item + "/custody-events", bentiu,
                event.replace("FORWARDED", "DESTROYED"), Map.of("If-Match", forwarded.header("ETag")));
        assertThat(afterEnd.status()).isEqualTo(409);
        // append-only: there is no way to change or remove an event
        assertThat(api.send("DELETE", "/api/v1/seizures/" + item + "/custody-events", bentiu, null, Map.of()).status())
                .isEqualTo(405);
        assertThat(api.send("PUT", "/api/v1/seizures/" + item, bentiu, "{}", Map.of("If-Match", "\"1\"")).status())
                .isEqualTo(405);
    }

    @Test
    void aSearchNamesSectorsTheSiteDoesNotHave() {
        ApiResponse response = api.post("/api/v1/searches", bentiu, Fixtures.search("BENTIU").replace("[\"A\", \"B\"]", "[\"A\", \"Z\"]"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("sectors[1]");
    }

    @Test
    void otherOfficesNeitherSeeNorAddToASearch() {
        String searchReference = api.post("/api/v1/searches", bentiu, Fixtures.search("BENTIU")).json().get("reference").asString();
        String malakal = issuer.token("unpol.officer.malakal", "MALAKAL", "POC_READ", "POC_WRITE");
        assertThat(api.get("/api/v1/searches/" + searchReference, malakal).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/searches/" + searchReference + "/seizures", malakal, Fixtures.seizure("FIREARM", 1)).status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/searches", malakal).json().get("totalElements").asInt()).isZero();
    }
}
