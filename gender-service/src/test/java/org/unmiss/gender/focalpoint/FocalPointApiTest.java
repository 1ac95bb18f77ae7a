package org.unmiss.gender.focalpoint;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.unmiss.gender.focalpoint.domain.FocalPoint;
import org.unmiss.gender.parity.FakePersonnelService;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Focal points checked against a real HTTP server standing in for personnel-service. */
@ServiceTest
class FocalPointApiTest {

    static final FakePersonnelService PERSONNEL = FakePersonnelService.start();

    @DynamicPropertySource
    static void personnel(DynamicPropertyRegistry registry) {
        registry.add("unmiss.clients.personnel.url", PERSONNEL::url);
        registry.add("spring.cloud.openfeign.client.config.personnel.read-timeout", () -> "1000");
    }

    @AfterAll
    static void stopPersonnel() {
        PERSONNEL.close();
    }

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;

    @Autowired
    MongoTemplate mongo;

    String hqWriter;
    String wauWriter;

    @BeforeEach
    void setUp() {
        mongo.dropCollection(FocalPoint.class);
        PERSONNEL.mode(FakePersonnelService.Mode.UP);
        PERSONNEL.forget();
        hqWriter = issuer.token("gender.hq", "HQ", "GENDER_READ", "GENDER_WRITE");
        wauWriter = issuer.token("gender.officer.wau", "WAU", "GENDER_READ", "GENDER_WRITE");
    }

    static String appointment(String indexNumber, String office, String from, String to) {
        return """
                {"indexNumber": "%s", "component": "POLICE", "fieldOffice": "%s", "appointedFrom": "%s", "appointedTo": %s}
                """.formatted(indexNumber, office, from, to == null ? "null" : "\"" + to + "\"");
    }

    @Test
    void appointsAPersonPersonnelServiceConfirmsRelayingTheCallersToken() {
        ApiResponse created = api.post("/api/v1/gender-activities/focal-points", wauWriter, appointment("UN-000123", "WAU", "2026-01-01", null));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("id").asString()).matches("GFP-\\d{6}");
        assertThat(created.json().get("personnelReferenceUnverified").asBoolean()).isFalse();
        assertThat(created.json().get("verifiedAt").isNull()).isFalse();
        assertThat(PERSONNEL.requests()).containsExactly("/api/v1/personnel/UN-000123");
        assertThat(PERSONNEL.authorizations()).containsExactly("Bearer " + wauWriter);
        assertThat(api.get(created.header("Location"), wauWriter).status()).isEqualTo(200);
    }

    @Test
    void refusesAnIndexNumberPersonnelServiceDoesNotKnow() {
        ApiResponse unknown = api.post("/api/v1/gender-activities/focal-points", hqWriter, appointment("UN-900001", "WAU", "2026-01-01", null));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("indexNumber");
        ApiResponse malformed = api.post("/api/v1/gender-activities/focal-points", hqWriter, appointment("12345", "WAU", "2026-01-01", "2025-01-01"));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body()).contains("indexNumber");
        ApiResponse backwards = api.post("/api/v1/gender-activities/focal-points", hqWriter, appointment("UN-000124", "WAU", "2026-01-01", "2025-01-01"));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("errors").get(0).get("field").asString()).isEqualTo("appointedTo");
    }

    @Test
    void acceptsTheAppointmentUnverifiedWhilePersonnelIsDownAndALaterCheckClearsIt() {
        PERSONNEL.stop();
        ApiResponse created;
        try {
            created = api.post("/api/v1/gender-activities/focal-points", hqWriter, appointment("UN-000200", "BOR", "2026-01-01", null));
        } finally {
            PERSONNEL.restart();
        }
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("personnelReferenceUnverified").asBoolean()).isTrue();
        assertThat(created.json().get("verificationNote").asString()).contains("could not be reached");
        assertThat(api.get("/api/v1/gender-activities/focal-points?unverified=true", hqWriter).json().get("totalElements").asInt()).isEqualTo(1);

        ApiResponse checked = api.post("/api/v1/gender-activities/focal-points/" + created.json().get("id").asString() + "/verification", hqWriter, null);
        assertThat(checked.status()).isEqualTo(200);
        assertThat(checked.json().get("personnelReferenceUnverified").asBoolean()).isFalse();
        assertThat(checked.json().get("verificationNote").isNull()).isTrue();
    }

    @Test
    void saysWhyWhenPersonnelServiceRefusesTheCaller() {
        PERSONNEL.mode(FakePersonnelService.Mode.REFUSE);
        ApiResponse created = api.post("/api/v1/gender-activities/focal-points", hqWriter, appointment("UN-000201", "BOR", "2026-01-01", null));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("personnelReferenceUnverified").asBoolean()).isTrue();
        assertThat(created.json().get("verificationNote").asString()).contains("403");
    }

    @Test
    void refusesOverlappingAppointmentsOfOnePersonAndUpdatesNeedTheVersion() {
        ApiResponse first = api.post("/api/v1/gender-activities/focal-points", hqWriter, appointment("UN-000300", "BOR", "2025-01-01", "2025-12-31"));
        assertThat(api.post("/api/v1/gender-activities/focal-points", hqWriter, appointment("UN-000300", "JUBA", "2025-06-01", null)).status())
                .isEqualTo(409);
        assertThat(api.post("/api/v1/gender-activities/focal-points", hqWriter, appointment("UN-000300", "JUBA", "2026-01-01", null)).status())
                .isEqualTo(201);

        String path = "/api/v1/gender-activities/focal-points/" + first.json().get("id").asString();
        String shortened = appointment("UN-000300", "BOR", "2025-01-01", "2025-06-30");
        assertThat(api.send("PUT", path, hqWriter, shortened, Map.of()).status()).isEqualTo(428);
        ApiResponse updated = api.send("PUT", path, hqWriter, shortened, Map.of("If-Match", "\"0\""));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("appointedTo").asString()).isEqualTo("2025-06-30");
        assertThat(api.send("PUT", path, hqWriter, shortened, Map.of("If-Match", "\"0\"")).status()).isEqualTo(412);
        assertThat(api.send("PUT", path, hqWriter, appointment("UN-000301", "BOR", "2025-01-01", null), Map.of("If-Match", "\"1\"")).status())
                .isEqualTo(400);
    }

    @Test
    void aFieldOfficeBoundUserWorksOnlyWithinTheirOffice() {
        String bor = api.post("/api/v1/gender-activities/focal-points", hqWriter, appointment("UN-000400", "BOR", "2026-01-01", null))
                .json().get("id").asString();
        assertThat(api.get("/api/v1/gender-activities/focal-points/" + bor, wauWriter).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/gender-activities/focal-points", wauWriter, appointment("UN-000401", "BOR", "2026-01-01", null)).status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/gender-activities/focal-points", wauWriter).json().get("totalElements").asInt()).isZero();
        assertThat(api.get("/api/v1/gender-activities/focal-points?activeOn=2026-02-01", hqWriter).json().get("totalElements").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/gender-activities/focal-points?activeOn=2025-02-01", hqWriter).json().get("totalElements").asInt()).isZero();
    }
}
