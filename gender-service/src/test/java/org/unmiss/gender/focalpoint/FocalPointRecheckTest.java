package org.unmiss.gender.focalpoint;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.unmiss.gender.focalpoint.domain.FocalPoint;
import org.unmiss.gender.parity.FakePersonnelService;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.StandInService;
import org.unmiss.kit.testing.TestIssuer;
import tools.jackson.databind.JsonNode;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The scheduled re-check clears {@code personnelReferenceUnverified} once personnel-service (a real
 * HTTP stand-in) is back, asking as this service's own client, and judges the answer within the
 * appointment's office: a person stationed elsewhere, or unknown, keeps the mark with the reason.
 */
@ServiceTest
// Closed after the class: its 300 ms schedule would otherwise keep re-checking, and saving, the records
// later test classes write to the same store (a verification then met a moved version: 412).
@DirtiesContext
class FocalPointRecheckTest {

    static final FakePersonnelService PERSONNEL = FakePersonnelService.start();

    @DynamicPropertySource
    static void personnel(DynamicPropertyRegistry registry) {
        registry.add("unmiss.clients.personnel.url", PERSONNEL::url);
        registry.add("unmiss.clients.service-account.token-uri", PERSONNEL::tokenUri);
        registry.add("unmiss.clients.recheck-interval", () -> "300ms");
    }

    static MongoTemplate store;

    @AfterAll
    static void stopPersonnel() {
        PERSONNEL.close();
        // this context's schedule keeps running while later test classes run: leave it nothing to check
        store.dropCollection(FocalPoint.class);
    }

    @Autowired
    ApiClient api;
    @Autowired
    TestIssuer issuer;

    @Autowired
    void store(MongoTemplate mongo) {
        store = mongo;
    }

    private ApiResponse appointWhilePersonnelIsDown(String token, String indexNumber) {
        ApiResponse created = api.post("/api/v1/gender-activities/focal-points", token,
                FocalPointApiTest.appointment(indexNumber, "WAU", "2026-01-01", null));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("personnelReferenceUnverified").asBoolean()).isTrue();
        return created;
    }

    private JsonNode focalPoint(String token, ApiResponse created) {
        return api.get("/api/v1/gender-activities/focal-points/" + created.json().get("id").asString(), token).json();
    }

    @Test
    void theMarkIsClearedInTheBackgroundOncePersonnelServiceConfirmsThePersonAtTheAppointmentsOffice() {
        String wauWriter = issuer.token("gender.officer.wau", "WAU", "GENDER_READ", "GENDER_WRITE");
        PERSONNEL.stationed("UN-000411", "JUBA");
        PERSONNEL.stop();
        ApiResponse atWau;
        ApiResponse atJuba;
        ApiResponse unknown;
        try {
            atWau = appointWhilePersonnelIsDown(wauWriter, "UN-000410");
            atJuba = appointWhilePersonnelIsDown(wauWriter, "UN-000411");
            unknown = appointWhilePersonnelIsDown(wauWriter, "UN-900410");
        } finally {
            PERSONNEL.restart();
        }

        await().atMost(Duration.ofSeconds(15)).until(() -> !focalPoint(wauWriter, atWau).get("personnelReferenceUnverified").asBoolean());
        assertThat(focalPoint(wauWriter, atWau).get("verifiedAt").isNull()).isFalse();
        // asked with no user present: as gender-service's own client
        assertThat(PERSONNEL.authorizations()).contains("Bearer " + StandInService.SERVICE_TOKEN);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonNode elsewhere = focalPoint(wauWriter, atJuba);
            assertThat(elsewhere.get("personnelReferenceUnverified").asBoolean()).isTrue();
            assertThat(elsewhere.get("verificationNote").asString()).contains("stationed outside WAU");
            JsonNode notKnown = focalPoint(wauWriter, unknown);
            assertThat(notKnown.get("personnelReferenceUnverified").asBoolean()).isTrue();
            assertThat(notKnown.get("verificationNote").asString()).contains("does not know UN-900410");
        });
    }
}
