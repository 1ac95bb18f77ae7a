package org.unmiss.gender.parity;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.unmiss.gender.parity.domain.ParitySnapshot;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parity view against a real HTTP server standing in for personnel-service: the known fixture's
 * shares and targets, the caller's token relayed, and down, slow and refusing personnel-service.
 */
@ServiceTest
class ParityApiTest {

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

    @Autowired
    Resilience4JCircuitBreakerFactory breakers;

    String reader;

    @BeforeEach
    void setUp() {
        mongo.dropCollection(ParitySnapshot.class);
        breakers.getCircuitBreakerRegistry().getAllCircuitBreakers().forEach(CircuitBreaker::reset);
        PERSONNEL.mode(FakePersonnelService.Mode.UP);
        PERSONNEL.forget();
        reader = issuer.token("mission.admin", "HQ", "GENDER_READ", "MISSION_ADMIN", "PERSONNEL_READ");
    }

    static JsonNode line(JsonNode lines, String field, String value) {
        for (JsonNode line : lines) {
            if (value.equals(line.path(field).asString(null))) {
                return line;
            }
        }
        throw new AssertionError("no line with " + field + "=" + value + " in " + lines);
    }

    @Test
    void computesWomensSharePerSubCategoryAndCountryAgainstTheTargetsOfTheFiguresYear() {
        ApiResponse response = api.get("/api/v1/gender-reports/parity?asOf=2028-06-30", reader);
        assertThat(response.status()).isEqualTo(200);
        JsonNode view = response.json();
        assertThat(view.get("stale").asBoolean()).isFalse();
        assertThat(view.get("asOf").asString()).isEqualTo("2028-06-30");
        assertThat(view.get("total").asLong()).isEqualTo(1000);
        assertThat(view.get("targetYear").asInt()).isEqualTo(2028);

        JsonNode troops = line(view.get("byCategory"), "subCategory", "CONTINGENT_TROOP");
        assertThat(troops.get("womenSharePercent").asDouble()).isEqualTo(10.0);
        assertThat(troops.get("targetPercent").asDouble()).isEqualTo(15.0);
        assertThat(troops.get("gapPercentagePoints").asDouble()).isEqualTo(5.0);
        assertThat(troops.get("meetsTarget").asBoolean()).isFalse();
        JsonNode staff = line(view.get("byCategory"), "subCategory", "STAFF_OFFICER");
        assertThat(staff.get("womenSharePercent").asDouble()).isEqualTo(26.0);
        assertThat(staff.get("meetsTarget").asBoolean()).isTrue();
        JsonNode ipo = line(view.get("byCategory"), "subCategory", "INDIVIDUAL_POLICE_OFFICER");
        JsonNode fpu = line(view.get("byCategory"), "subCategory", "FORMED_POLICE_UNIT");
        assertThat(ipo.get("targetPercent").asDouble()).isGreaterThan(fpu.get("targetPercent").asDouble());
        assertThat(fpu.get("meetsTarget").asBoolean()).isTrue();
        JsonNode civilians = line(view.get("byCategory"), "subCategory", "NATIONAL_STAFF");
        assertThat(civilians.get("targetPercent").isNull()).isTrue();

        JsonNode military = view.get("byCategory").get(0);
        assertThat(military.get("category").asString()).isEqualTo("MILITARY");
        assertThat(military.get("subCategory").isNull()).isTrue();
        assertThat(military.get("female").asLong()).isEqualTo(86);
        assertThat(military.get("total").asLong()).isEqualTo(700);

        assertThat(view.get("byCountry").get(0).get("country").asString()).isEqualTo("IND");
        assertThat(line(view.get("byCountry"), "country", "RWA").get("womenSharePercent").asDouble()).isEqualTo(30.3);
        assertThat(line(view.get("byCountry"), "country", "IND").get("meetsTarget").asBoolean()).isFalse();

        assertThat(PERSONNEL.requests()).containsExactly(
                "/api/v1/personnel-reports/strength?asOf=2028-06-30&groupBy=category%2CsubCategory%2Csex",
                "/api/v1/personnel-reports/strength?asOf=2028-06-30&groupBy=country%2Csex");
    }

    @Test
    void aYearWithoutAPublishedTargetSaysSoInsteadOfUsingThe2028EndState() {
        JsonNode view = api.get("/api/v1/gender-reports/parity?asOf=2026-06-30", reader).json();

        assertThat(view.get("targetYear").asInt()).isEqualTo(2026);
        assertThat(view.get("targetNote").asString()).contains("no 2026 target");
        JsonNode troops = line(view.get("byCategory"), "subCategory", "CONTINGENT_TROOP");
        assertThat(troops.get("targetPercent").isNull()).isTrue();
        assertThat(troops.get("meetsTarget").isNull()).isTrue();
        assertThat(line(view.get("byCountry"), "country", "IND").get("targetPercent").isNull()).isTrue();
    }

    @Test
    void relaysTheCallersToken() {
        api.get("/api/v1/gender-reports/parity?asOf=2026-06-30", reader);
        assertThat(PERSONNEL.authorizations()).hasSize(2).allMatch(("Bearer " + reader)::equals);
    }

    @Test
    void answersFromTheLastSnapshotMarkedStaleWhilePersonnelIsDown() {
        ApiResponse fresh = api.get("/api/v1/gender-reports/parity?asOf=2026-06-30", reader);
        String fetchedAt = fresh.json().get("fetchedAt").asString();
        PERSONNEL.stop();
        try {
            ApiResponse stale = api.get("/api/v1/gender-reports/parity?asOf=2026-06-30", reader);
            assertThat(stale.status()).isEqualTo(200);
            assertThat(stale.json().get("stale").asBoolean()).isTrue();
            assertThat(stale.json().get("staleReason").asString()).contains("could not be reached");
            assertThat(stale.json().get("fetchedAt").asString()).isEqualTo(fetchedAt);
            assertThat(stale.json().get("asOf").asString()).isEqualTo("2026-06-30");
            assertThat(line(stale.json().get("byCategory"), "subCategory", "CONTINGENT_TROOP").get("womenSharePercent").asDouble())
                    .isEqualTo(10.0);

            ApiResponse otherDay = api.get("/api/v1/gender-reports/parity?asOf=2026-07-31", reader);
            assertThat(otherDay.status()).isEqualTo(200);
            assertThat(otherDay.json().get("stale").asBoolean()).isTrue();
            assertThat(otherDay.json().get("asOf").asString()).isEqualTo("2026-06-30");

            ApiResponse csv = api.send("GET", "/api/v1/gender-reports/parity?asOf=2026-06-30", reader, null, Map.of("Accept", "text/csv"));
            assertThat(csv.status()).isEqualTo(200);
            assertThat(csv.body().lines().skip(1)).allMatch(l -> l.startsWith("STALE,2026-06-30,"));
        } finally {
            PERSONNEL.restart();
        }
    }

    @Test
    void answersFromTheLastSnapshotWhenPersonnelIsSlowOrFailing() {
        api.get("/api/v1/gender-reports/parity?asOf=2026-06-30", reader);
        PERSONNEL.mode(FakePersonnelService.Mode.SLOW);
        long started = System.nanoTime();
        ApiResponse slow = api.get("/api/v1/gender-reports/parity?asOf=2026-06-30", reader);
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(3500);
        assertThat(slow.status()).isEqualTo(200);
        assertThat(slow.json().get("stale").asBoolean()).isTrue();

        PERSONNEL.mode(FakePersonnelService.Mode.ERROR);
        ApiResponse failing = api.get("/api/v1/gender-reports/parity?asOf=2026-06-30", reader);
        assertThat(failing.json().get("stale").asBoolean()).isTrue();
        assertThat(failing.json().get("staleReason").asString()).contains("500");
    }

    @Test
    void withoutAnySnapshotADownPersonnelServiceIs503WithRetryAfter() {
        PERSONNEL.stop();
        try {
            ApiResponse response = api.get("/api/v1/gender-reports/parity?asOf=2026-06-30", reader);
            assertThat(response.status()).isEqualTo(503);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.header("Retry-After")).isNotBlank();
            assertThat(response.json().get("detail").asString()).contains("no earlier strength figures");
        } finally {
            PERSONNEL.restart();
        }
    }

    @Test
    void aCallerPersonnelServiceRefusesIsRefusedNotServedStale() {
        api.get("/api/v1/gender-reports/parity?asOf=2026-06-30", reader);
        PERSONNEL.mode(FakePersonnelService.Mode.REFUSE);
        ApiResponse response = api.get("/api/v1/gender-reports/parity?asOf=2026-06-30", reader);
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("detail").asString()).contains("personnel-service");
    }

    @Test
    void theCircuitBreakerStopsCallingADownPersonnelServiceAndTheSnapshotStillAnswers() {
        api.get("/api/v1/gender-reports/parity?asOf=2026-06-30", reader);
        PERSONNEL.stop();
        try {
            for (int i = 0; i < 12; i++) {
                assertThat(api.get("/api/v1/gender-reports/parity?asOf=2026-06-30", reader).json().get("stale").asBoolean()).isTrue();
            }
        } finally {
            PERSONNEL.restart();
        }
        PERSONNEL.forget();
        ApiResponse whileOpen = api.get("/api/v1/gender-reports/parity?asOf=2026-06-30", reader);
        assertThat(whileOpen.json().get("stale").asBoolean()).isTrue();
        assertThat(PERSONNEL.requests()).isEmpty();
    }
}
