package org.unmiss.systemtests;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * personnel-service through the gateway with real Keycloak tokens: a contingent's rotation imported
 * from CSV, its deployments approved and activated, and the strength figures read back, next to the
 * UNPOL breakdown the demo mission reproduces from the source documents.
 */
@ExtendWith(PlatformExtension.class)
@Order(2)
class PersonnelScenariosIT {

    private static final String STRENGTH = "/api/v1/personnel-reports/strength";

    private final ApiClient gateway = new ApiClient(Platform.current().gateway());

    @Test
    void aRotationIsImportedApprovedActivatedAndCountedInStrength() {
        String officer = Tokens.forUser("personnel.officer");
        String reporting = Tokens.forClient("reporting-tools", "reporting-tools-dev-secret");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String strengthToday = STRENGTH + "?asOf=" + today + "&groupBy=subCategory,fieldOffice&subCategory=FORMED_POLICE_UNIT";
        long before = malakal(gateway.get(strengthToday, reporting));

        String batch = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder csv = new StringBuilder("familyName,givenName,sex,dateOfBirth,nationality,category,subCategory,rank,languages,"
                + "fieldOffice,deploymentStart,deploymentEnd,position\n");
        for (int i = 0; i < 4; i++) {
            csv.append("Rotation").append(batch).append(i).append(",Kelan,").append(i == 0 ? "FEMALE" : "MALE")
                    .append(",1990-02-1").append(i).append(",BGD,POLICE,FORMED_POLICE_UNIT,Constable,en,MALAKAL,")
                    .append(today).append(',').append(today.plusYears(1)).append(",FPU member\n");
        }
        ApiResponse imported = gateway.send("POST", "/api/v1/personnel/imports", officer, csv.toString(),
                Map.of("Content-Type", "text/csv"));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("imported").asInt()).isEqualTo(4);

        List<String> deployments = new ArrayList<>();
        imported.json().get("people").forEach(p -> deployments.add(p.get("deploymentId").asString()));
        for (String id : deployments) {
            ApiResponse requested = gateway.get("/api/v1/deployments/" + id, officer);
            assertThat(requested.json().get("status").asString()).isEqualTo("REQUESTED");
            ApiResponse approved = gateway.send("POST", "/api/v1/deployments/" + id + "/status", officer,
                    "{\"status\": \"APPROVED\"}", Map.of("If-Match", requested.header("ETag")));
            assertThat(approved.status()).as(approved.body()).isEqualTo(200);
            ApiResponse active = gateway.send("POST", "/api/v1/deployments/" + id + "/status", officer,
                    "{\"status\": \"ACTIVE\"}", Map.of("If-Match", approved.header("ETag")));
            assertThat(active.status()).as(active.body()).isEqualTo(200);
            ApiResponse again = gateway.send("POST", "/api/v1/deployments/" + id + "/status", officer,
                    "{\"status\": \"APPROVED\"}", Map.of("If-Match", active.header("ETag")));
            EdgeSecurityIT.assertProblem(again, 409);
        }

        assertThat(malakal(gateway.get(strengthToday, reporting))).isEqualTo(before + 4);
        ApiResponse csvReport = gateway.send("GET", strengthToday, reporting, null, Map.of("Accept", "text/csv"));
        assertThat(csvReport.status()).isEqualTo(200);
        assertThat(csvReport.body()).startsWith("subCategory,fieldOffice,count").contains("TOTAL,");
    }

    @Test
    void theUnpolBreakdownReproducesTheSourceFigures() {
        String reporting = Tokens.forClient("reporting-tools", "reporting-tools-dev-secret");
        ApiResponse response = gateway.get("/api/v1/personnel-reports/unpol-strength?asOf=2025-12-31", reporting);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode unpol = response.json();
        assertThat(unpol.get("total").asInt()).isEqualTo(1446);
        assertThat(unpol.get("formedPoliceUnits").asInt()).isEqualTo(847);
        assertThat(unpol.get("individualPoliceOfficers").asInt()).isEqualTo(561);
        assertThat(unpol.get("corrections").asInt()).isEqualTo(38);
        assertThat(unpol.get("regions").asInt()).isEqualTo(10);

        JsonNode strength = gateway.get(STRENGTH + "?asOf=2025-12-31&groupBy=category", reporting).json();
        assertThat(strength.get("total").asInt()).isEqualTo(20_000);
        assertThat(strength.at("/ceilings/0/authorised").asInt()).isEqualTo(17_000);

        // A mid-2015 report is measured against the ceiling in force then (resolution 2223 (2015)), not today's.
        JsonNode mid2015 = gateway.get(STRENGTH + "?asOf=2015-06-30&groupBy=category", reporting).json();
        assertThat(mid2015.at("/ceilings/0/authorised").asInt()).isEqualTo(12_500);
        assertThat(mid2015.at("/ceilings/1/authorised").asInt()).isEqualTo(1_323);
        assertThat(mid2015.at("/ceilings/0/resolution").asString()).isEqualTo("S/RES/2223 (2015)");
    }

    @Test
    void reportingAndPartnersSeeAggregatesButNoNames() {
        String partner = Tokens.forClient("partner-agency", "partner-agency-dev-secret");
        assertThat(gateway.get(STRENGTH + "?groupBy=country,sex", partner).status()).isEqualTo(200);
        EdgeSecurityIT.assertProblem(gateway.get("/api/v1/personnel/UN-000001", partner), 403);
        EdgeSecurityIT.assertProblem(gateway.get("/api/v1/personnel", Tokens.forUser("reporting.analyst")), 403);

        ApiResponse named = gateway.get("/api/v1/personnel/UN-000001", Tokens.forUser("mission.admin"));
        assertThat(named.status()).as(named.body()).isEqualTo(200);
        assertThat(named.json().get("section").asString()).isEqualTo("Gender Section");
        ApiResponse asUnpol = gateway.get("/api/v1/personnel/UN-000001", Tokens.forUser("unpol.officer.bentiu"));
        EdgeSecurityIT.assertProblem(asUnpol, 404);
        assertThat(gateway.get("/api/v1/personnel-reports/gender-parity?by=country", Tokens.forUser("gender.officer.wau")).status())
                .isEqualTo(200);
    }

    private static long malakal(ApiResponse strength) {
        assertThat(strength.status()).as(strength.body()).isEqualTo(200);
        JsonNode office = strength.json().at("/totals/fieldOffice/MALAKAL");
        return office.isMissingNode() ? 0 : office.asLong();
    }
}
