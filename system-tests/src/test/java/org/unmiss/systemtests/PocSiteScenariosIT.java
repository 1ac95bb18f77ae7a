package org.unmiss.systemtests;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** PoC site work through the gateway with real Keycloak tokens: the UNPOL officer in Bentiu, and a reporting tool. */
@ExtendWith(PlatformExtension.class)
@Order(2)
class PocSiteScenariosIT {

    /** Inside the Bentiu site's weapons-free zone. */
    private static final double BENTIU_LAT = 9.2990;
    private static final double BENTIU_LON = 29.7630;

    private final ApiClient gateway = new ApiClient(Platform.current().gateway());

    @Test
    void anOfficerRecordsAPopulationFigureThatMustAddUp() {
        String officer = Tokens.forUser("unpol.officer.bentiu");
        String cells = cells(30_000, 20_000, 3_000, 26_000, 19_000, 2_000);
        ApiResponse mismatch = gateway.post("/api/v1/poc-sites/BENTIU/population", officer,
                figure(LocalDate.of(2025, 1, 15), 100_001, cells));
        EdgeSecurityIT.assertProblem(mismatch, 400);
        assertThat(mismatch.json().get("errors").findValuesAsString("field")).containsExactly("total", "counts");

        ApiResponse created = null;
        for (int attempt = 0; attempt < 5 && (created == null || created.status() == 409); attempt++) {
            // the 15th: demo figures are dated on the 1st; a random day keeps reruns on a kept store apart
            LocalDate asOf = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(15).minusMonths(1 + ThreadLocalRandom.current().nextInt(120));
            created = gateway.post("/api/v1/poc-sites/BENTIU/population", officer, figure(asOf, 100_000, cells));
        }
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        ApiResponse series = gateway.get("/api/v1/poc-sites/BENTIU/population?from=" + created.json().get("asOf").asString()
                + "&to=" + created.json().get("asOf").asString(), Tokens.forClient("reporting-tools", "reporting-tools-dev-secret"));
        assertThat(series.status()).as(series.body()).isEqualTo(200);
        assertThat(series.json().get("content").findValuesAsString("id")).contains(created.json().get("id").asString());
    }

    @Test
    void anOfficerLogsAPatrolAndASearchWithSeizures() {
        String officer = Tokens.forUser("unpol.officer.bentiu");
        ApiResponse patrol = gateway.post("/api/v1/patrols", officer, """
                {"siteCode": "BENTIU", "type": "DISMOUNTED", "shift": "NIGHT", "startedAt": "2026-03-01T20:00:00Z",
                 "endedAt": "2026-03-01T23:00:00Z", "unit": "FPU-2", "size": 12, "women": 3,
                 "route": {"type": "LineString", "coordinates": [[29.760, 9.296], [29.765, 9.300], [29.762, 9.302]]}}
                """);
        assertThat(patrol.status()).as(patrol.body()).isEqualTo(201);
        assertThat(gateway.get(patrol.header("Location"), officer).status()).isEqualTo(200);

        ApiResponse search = gateway.post("/api/v1/searches", officer, """
                {"siteCode": "BENTIU", "startedAt": "2026-03-02T05:00:00Z", "endedAt": "2026-03-02T10:00:00Z",
                 "sectors": ["A", "B"], "sheltersSearched": 240, "personnelDeployed": 120, "leadUnit": "FPU-1"}
                """);
        assertThat(search.status()).as(search.body()).isEqualTo(201);
        String searchReference = search.json().get("reference").asString();
        for (String item : new String[]{"FIREARM", "BLADE"}) {
            ApiResponse seized = gateway.post("/api/v1/searches/" + searchReference + "/seizures", officer, """
                    {"itemType": "%s", "count": 2, "seizedBy": "FPU-1", "seizedAt": "2026-03-02T07:30:00Z",
                     "depositedAt": "UNPOL store Bentiu"}
                    """.formatted(item));
            assertThat(seized.status()).as(seized.body()).isEqualTo(201);
            assertThat(seized.json().get("custody").get(0).get("type").asString()).isEqualTo("DEPOSITED");
        }
        ApiResponse register = gateway.get("/api/v1/seizures?searchReference=" + searchReference, officer);
        assertThat(register.json().get("totalElements").asInt()).isEqualTo(2);

        ApiResponse otherOffice = gateway.get("/api/v1/searches/" + searchReference, Tokens.forUser("mission.admin"));
        assertThat(otherOffice.status()).as("HQ administrators read every office").isEqualTo(200);
    }

    @Test
    void anIncidentInsideTheWeaponsFreeZoneIsFlaggedAndAnSgbvReferralIsNeverLost() {
        String officer = Tokens.forUser("unpol.officer.bentiu");
        ApiResponse armed = gateway.post("/api/v1/security-incidents", officer, incident("ARMED_ATTACK", true));
        assertThat(armed.status()).as(armed.body()).isEqualTo(201);
        assertThat(armed.json().get("insideWeaponsFreeZone").asBoolean()).isTrue();
        assertThat(armed.json().get("weaponsFreeZoneBreach").asBoolean()).isTrue();

        ApiResponse sgbv = gateway.post("/api/v1/security-incidents", officer, incident("SGBV", false));
        assertThat(sgbv.status()).as(sgbv.body()).isEqualTo(201);
        String reference = sgbv.json().get("reference").asString();
        ApiResponse referral = gateway.post("/api/v1/security-incidents/" + reference + "/hr-referral", officer,
                "{\"survivorConsent\": true, \"consentNote\": \"Verbal consent recorded by the officer\"}");
        assertThat(referral.status()).as(referral.body()).isEqualTo(202);
        // humanrights-service is up: sent at once with the officer's token, a case opened there
        JsonNode state = gateway.get("/api/v1/security-incidents/" + reference, officer).json().get("referral");
        assertThat(state.get("status").asString()).as(state.toString()).isEqualTo("SENT");
        assertThat(state.get("caseReference").asString()).startsWith("HR-");

        ApiResponse partner = gateway.get("/api/v1/security-incidents", Tokens.forClient("partner-agency", "partner-agency-dev-secret"));
        EdgeSecurityIT.assertProblem(partner, 403);
    }

    @Test
    void aReportingToolSeesTheDropAfterTheJubaWeaponsFreeZone() {
        String reporting = Tokens.forClient("reporting-tools", "reporting-tools-dev-secret");
        ApiResponse report = gateway.get("/api/v1/security-incidents/reports/before-after?siteCode=JUBA-UNH-POC3", reporting);
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        JsonNode total = report.json().get("rows").get(0);
        assertThat(total.get("after").asLong()).isLessThan(total.get("before").asLong());
        ApiResponse hxl = gateway.send("GET", "/api/v1/poc-sites/reports/population-trend.csv?hxl=true&siteCode=BOR", reporting,
                null, Map.of());
        assertThat(hxl.status()).isEqualTo(200);
        assertThat(hxl.body()).contains("#population+f");
    }

    static String incident(String category, boolean weapons) {
        return """
                {"siteCode": "BENTIU", "category": "%s", "severity": "HIGH", "occurredAt": "2026-03-01T10:00:00Z",
                 "latitude": %s, "longitude": %s, "weaponsInvolved": %s,
                 "people": {"total": 1, "counts": %s}}
                """.formatted(category, BENTIU_LAT, BENTIU_LON, weapons, cells(0, 1, 0, 0, 0, 0));
    }

    private static String figure(LocalDate asOf, int total, String cells) {
        return "{\"asOf\": \"" + asOf + "\", \"method\": \"HEADCOUNT\", \"households\": 18000, \"total\": " + total
                + ", \"counts\": " + cells + "}";
    }

    private static String cells(int femaleChildren, int femaleAdults, int femaleElderly, int maleChildren, int maleAdults,
                                int maleElderly) {
        return "[" + cell("FEMALE", "CHILDREN", femaleChildren) + "," + cell("FEMALE", "ADULTS", femaleAdults) + ","
                + cell("FEMALE", "ELDERLY", femaleElderly) + "," + cell("MALE", "CHILDREN", maleChildren) + ","
                + cell("MALE", "ADULTS", maleAdults) + "," + cell("MALE", "ELDERLY", maleElderly) + "]";
    }

    private static String cell(String sex, String age, int count) {
        return "{\"sex\": \"" + sex + "\", \"ageGroup\": \"" + age + "\", \"count\": " + count + "}";
    }
}
