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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Protection across the country through the gateway with real Keycloak tokens (issue 17): offices without a
 * PoC site, places by county, early warning, escorts for humanitarian partners, the HRDDP gate, relocations.
 */
@ExtendWith(PlatformExtension.class)
@Order(2)
class ProtectionScenariosIT {

    private final ApiClient gateway = new ApiClient(Platform.current().gateway());

    @Test
    void theYambioOfficeRecordsAnIncidentAndAPatrolFarFromAnySite() {
        String yambio = Tokens.forUser("unpol.officer.yambio");
        ApiResponse incident = gateway.post("/api/v1/security-incidents", yambio, """
                {"place": "Yambio", "category": "ARMED_ATTACK", "severity": "HIGH", "occurredAt": "2026-03-02T05:00:00Z",
                 "latitude": 4.57, "longitude": 28.40, "weaponsInvolved": true, "perpetratorParty": "NAS",
                 "actionsTaken": "Synthetic: patrol sent to the village"}
                """);
        assertThat(incident.status()).as(incident.body()).isEqualTo(201);
        assertThat(incident.json().get("fieldOffice").asString()).isEqualTo("YAMBIO");
        assertThat(incident.json().get("siteCode").isNull()).isTrue();
        assertThat(incident.json().get("place").get("state").asString()).isEqualTo("Western Equatoria");

        ApiResponse patrol = gateway.post("/api/v1/patrols", yambio, """
                {"type": "LONG_DURATION", "shift": "DAY", "startedAt": "2026-03-01T06:00:00Z", "endedAt": "2026-03-04T17:00:00Z",
                 "unit": "RWANBATT-2", "size": 30, "women": 6, "placesVisited": ["Yambio", "Nzara"],
                 "route": {"type": "LineString", "coordinates": [[28.38, 4.57], [28.10, 4.64], [27.90, 4.70]]}}
                """);
        assertThat(patrol.status()).as(patrol.body()).isEqualTo(201);
        assertThat(gateway.get(patrol.header("Location"), yambio).status()).isEqualTo(200);
        assertThat(gateway.get(patrol.header("Location"), Tokens.forUser("unpol.officer.bentiu")).status())
                .as("Bentiu does not see Yambio's patrol").isEqualTo(404);
    }

    @Test
    void anIncidentInLeerIsAcceptedWithItsCountyAndANearMissIsNamed() {
        String bentiu = Tokens.forUser("unpol.officer.bentiu");
        ApiResponse leer = gateway.post("/api/v1/security-incidents", bentiu, leerIncident("Leer"));
        assertThat(leer.status()).as(leer.body()).isEqualTo(201);
        assertThat(leer.json().get("place").get("county").asString()).isEqualTo("Leer");
        assertThat(leer.json().get("place").get("state").asString()).isEqualTo("Unity");

        ApiResponse guitt = gateway.post("/api/v1/security-incidents", bentiu, leerIncident("Guitt"));
        EdgeSecurityIT.assertProblem(guitt, 400);
        assertThat(guitt.json().get("errors").get(0).get("field").asString()).isEqualTo("place");
        assertThat(guitt.json().get("errors").get(0).get("reason").asString()).contains("did you mean 'Guit'");
    }

    @Test
    void anAlertIsRaisedEscalatedAndAnsweredAndTheTimeToResponseIsReported() {
        String bentiu = Tokens.forUser("unpol.officer.bentiu");
        ApiResponse raised = gateway.post("/api/v1/early-warning/alerts", bentiu, """
                {"place": "Mayendit", "raisedAt": "2026-02-10T08:00:00Z", "source": "COMMUNITY_ALERT_NETWORK",
                 "communities": ["Community A", "Community B"], "indicators": ["CATTLE_MIGRATION", "REVENGE_THREAT"]}
                """);
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        String alert = raised.header("Location");
        ApiResponse escalated = gateway.send("POST", alert + "/escalations", bentiu,
                "{\"to\": \"SECTOR_HEADQUARTERS\", \"at\": \"2026-02-10T09:30:00Z\", \"reason\": \"Mobilisation confirmed\"}",
                Map.of("If-Match", raised.header("ETag")));
        assertThat(escalated.status()).as(escalated.body()).isEqualTo(201);
        ApiResponse answered = gateway.send("POST", alert + "/response", bentiu,
                "{\"type\": \"ENGAGEMENT\", \"decidedAt\": \"2026-02-10T12:00:00Z\", \"note\": \"Meeting with both chiefs\"}",
                Map.of("If-Match", escalated.header("ETag")));
        assertThat(answered.status()).as(answered.body()).isEqualTo(201);
        assertThat(answered.json().get("hoursToResponse").asDouble()).isEqualTo(4.0);

        ApiResponse report = gateway.get("/api/v1/early-warning/reports/alerts-by-place?fromMonth=2026-02&toMonth=2026-02",
                Tokens.forClient("reporting-tools", "reporting-tools-dev-secret"));
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        JsonNode mayendit = null;
        for (JsonNode row : report.json()) {
            if (row.get("county").asString().equals("Mayendit")) {
                mayendit = row;
            }
        }
        assertThat(mayendit).as(report.body()).isNotNull();
        assertThat(mayendit.get("answered").asLong()).isPositive();
        assertThat(mayendit.get("maxHoursToResponse").asDouble()).isGreaterThanOrEqualTo(4.0);
    }

    @Test
    void anEscortIsApprovedAndLinkedToItsPatrolAndAppearsInTheHxlAccessTable() {
        String liaison = Tokens.forUser("humanitarian.liaison.yambio");
        String yambio = Tokens.forUser("unpol.officer.yambio");
        LocalDate neededOn = LocalDate.now(ZoneOffset.UTC).plusDays(2);
        ApiResponse requested = gateway.post("/api/v1/humanitarian-access/escort-requests", liaison, """
                {"agency": "Synthetic NGO", "agencyType": "NATIONAL_NGO", "from": "Yambio", "to": "Tambura",
                 "neededOn": "%s", "purpose": "Synthetic: medical supplies"}
                """.formatted(neededOn));
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        String reference = requested.json().get("reference").asString();
        String patrol = gateway.post("/api/v1/patrols", yambio, """
                {"type": "INTEGRATED", "shift": "DAY", "startedAt": "2026-03-10T06:00:00Z", "endedAt": "2026-03-11T17:00:00Z",
                 "unit": "RWANBATT-1", "size": 24, "women": 5, "placesVisited": ["Yambio", "Tambura"],
                 "route": {"type": "LineString", "coordinates": [[28.38, 4.57], [27.46, 5.60]]}}
                """).json().get("reference").asString();
        ApiResponse approved = gateway.send("POST", requested.header("Location") + "/decision", yambio,
                "{\"decision\": \"APPROVED\", \"patrolReference\": \"" + patrol + "\"}", Map.of("If-Match", requested.header("ETag")));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("patrolReference").asString()).isEqualTo(patrol);

        ApiResponse hxl = gateway.get("/api/v1/humanitarian-access/reports/access-table.csv?hxl=true&from=" + neededOn + "&to=" + neededOn,
                Tokens.forClient("partner-agency", "partner-agency-dev-secret"));
        assertThat(hxl.status()).as(hxl.body()).isEqualTo(200);
        assertThat(hxl.body()).contains("#adm2+name").contains(reference).contains(patrol).contains("APPROVED");
    }

    @Test
    void supportToTheNationalPoliceWithoutACurrentRiskAssessmentIsRefused() {
        String bentiu = Tokens.forUser("unpol.officer.bentiu");
        String unit = "SSNPS unit " + System.nanoTime();
        String training = """
                {"type": "TRAINING", "beneficiary": "%s", "place": "Rubkona", "startedOn": "2026-03-10",
                 "womenTrained": 6, "menTrained": 14}
                """.formatted(unit);
        ApiResponse refused = gateway.post("/api/v1/unpol/national-police-support", bentiu, training);
        EdgeSecurityIT.assertProblem(refused, 409);
        assertThat(refused.json().get("detail").asString()).contains("Human Rights Due Diligence Policy");

        ApiResponse assessed = gateway.post("/api/v1/unpol/hrddp-risk-assessments", bentiu, """
                {"beneficiary": "%s", "assessedOn": "2026-01-05", "validUntil": "2026-07-05", "risk": "LOW",
                 "decision": "SUPPORT_PERMITTED"}
                """.formatted(unit));
        assertThat(assessed.status()).as(assessed.body()).isEqualTo(201);
        ApiResponse allowed = gateway.post("/api/v1/unpol/national-police-support", bentiu, training);
        assertThat(allowed.status()).as(allowed.body()).isEqualTo(201);
    }

    @Test
    void aRelocationMarkedInvoluntaryIsRecordedAndFlagged() {
        String bentiu = Tokens.forUser("unpol.officer.bentiu");
        ApiResponse relocation = gateway.post("/api/v1/returns", bentiu, """
                {"siteCode": "BENTIU", "kind": "RELOCATION", "departedOn": "2026-02-10", "households": 1,
                 "individuals": {"total": 4, "counts": [
                   {"sex": "FEMALE", "ageGroup": "CHILDREN", "count": 1}, {"sex": "FEMALE", "ageGroup": "ADULTS", "count": 1},
                   {"sex": "FEMALE", "ageGroup": "ELDERLY", "count": 0}, {"sex": "MALE", "ageGroup": "CHILDREN", "count": 1},
                   {"sex": "MALE", "ageGroup": "ADULTS", "count": 1}, {"sex": "MALE", "ageGroup": "ELDERLY", "count": 0}]},
                 "destinationState": "Unity", "destinationCounty": "Guit", "voluntary": false, "informed": true,
                 "safe": true, "dignified": false, "counselledOn": "2026-02-01", "assistance": ["TRANSPORT"]}
                """);
        assertThat(relocation.status()).as(relocation.body()).isEqualTo(201);
        assertThat(relocation.json().get("voluntary").asBoolean()).isFalse();
        assertThat(relocation.json().get("flagged").asBoolean()).isTrue();
        assertThat(relocation.json().get("destination").get("placeId").asString()).isEqualTo("Unity/Guit");
    }

    private static String leerIncident(String place) {
        return """
                {"place": "%s", "category": "ARMED_ATTACK", "severity": "CRITICAL", "occurredAt": "2026-03-04T06:30:00Z",
                 "latitude": 8.30, "longitude": 29.82, "weaponsInvolved": true}
                """.formatted(place);
    }
}
