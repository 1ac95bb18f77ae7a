package org.unmiss.poc.returns;

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
class ReturnApiTest {

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
    void recordsAVoluntaryInformedReturnAndItsFollowUp() {
        ApiResponse created = api.post("/api/v1/returns", bentiu, Fixtures.returnMovement("BENTIU", true, true));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("voluntary").asBoolean()).isTrue();
        assertThat(created.json().get("informed").asBoolean()).isTrue();
        String reference = created.json().get("reference").asString();
        ApiResponse followUp = api.send("POST", "/api/v1/returns/" + reference + "/follow-ups", bentiu,
                "{\"on\": \"2026-03-10\", \"outcome\": \"SETTLED\"}", Map.of("If-Match", created.header("ETag")));
        assertThat(followUp.status()).as(followUp.body()).isEqualTo(201);
        assertThat(followUp.json().get("followUps").get(0).get("outcome").asString()).isEqualTo("SETTLED");
        assertThat(api.get("/api/v1/returns?destinationState=Unity", bentiu).json().get("totalElements").asInt()).isEqualTo(1);
    }

    @Test
    void anInvoluntaryRelocationIsRecordedAndFlaggedNotRefused() {
        ApiResponse response = api.post("/api/v1/returns", bentiu, Fixtures.returnMovement("BENTIU", false, true)
                .replace("\"households\"", "\"kind\": \"RELOCATION\", \"households\""));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().get("voluntary").asBoolean()).isFalse();
        assertThat(response.json().get("kind").asString()).isEqualTo("RELOCATION");
        assertThat(response.json().get("flagged").asBoolean()).isTrue();
        assertThat(response.json().get("destination").get("placeId").asString()).isEqualTo("Unity/Leer");
        ApiResponse voluntary = api.post("/api/v1/returns", bentiu, Fixtures.returnMovement("BENTIU", true, true));
        assertThat(voluntary.json().get("flagged").asBoolean()).isFalse();
    }

    @Test
    void aDestinationNotOnThePlaceListIsRefusedWithTheNearestCounty() {
        ApiResponse response = api.post("/api/v1/returns", bentiu, Fixtures.returnMovement("BENTIU", true, true)
                .replace("\"Leer\"", "\"Guitt\""));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("destinationCounty");
        assertThat(response.json().get("errors").get(0).get("reason").asString()).contains("did you mean 'Guit'");
        assertThat(mongo.getCollection("returns").countDocuments()).isZero();
    }

    @Test
    void counsellingAfterDepartureAndUnbalancedCountsAreNamed() {
        ApiResponse response = api.post("/api/v1/returns", bentiu, Fixtures.returnMovement("BENTIU", true, true)
                .replace("\"counselledOn\": \"2026-02-01\"", "\"counselledOn\": \"2026-02-20\"")
                .replace("\"total\": 9", "\"total\": 10"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field"))
                .containsExactly("individuals.total", "individuals.counts", "counselledOn");
    }
}
