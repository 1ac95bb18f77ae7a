package org.unmiss.systemtests;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * gender-service through the gateway with real Keycloak tokens: a training with participants by
 * sex, a forum with action points, a focal point appointment, the reports' 2016 facts, and the
 * parity view while personnel-service runs (stopping it is another class's business).
 */
@ExtendWith(PlatformExtension.class)
@Order(2)
class GenderScenariosIT {

    private static final String ACTIVITIES = "/api/v1/gender-activities";

    private final ApiClient gateway = new ApiClient(Platform.current().gateway());
    private final String genderOfficer = Tokens.forUser("gender.officer.wau");

    private static String training(String office, String participants) {
        return """
                {"type": "TRAINING", "title": "Gender and CRSV for a new FPU rotation", "startDate": "2026-03-10", "fieldOffice": "%s",
                 "place": "Wau field office", "pillars": ["PROTECTION", "PREVENTION"], "audiences": ["POLICE"], "partners": ["UNFPA"],
                 "modules": ["CRSV", "SGBV"], "participants": %s, "trainers": ["Trainer GS-04"], "status": "HELD"}
                """.formatted(office, participants);
    }

    @Test
    void aGenderOfficerRecordsATrainingWithParticipantsBySex() {
        ApiResponse created = gateway.post(ACTIVITIES, genderOfficer, training("WAU", """
                {"female": 9, "male": 31, "total": 40, "byAgeGroup": [
                  {"ageGroup": "AGE_18_TO_24", "female": 4, "male": 11}, {"ageGroup": "AGE_25_TO_59", "female": 5, "male": 20}]}"""));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        ApiResponse read = gateway.get(ACTIVITIES + "/" + created.json().get("id").asString(), genderOfficer);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("participants").get("female").asInt()).isEqualTo(9);
        assertThat(read.json().get("status").asString()).isEqualTo("HELD");

        ApiResponse mismatch = gateway.post(ACTIVITIES, genderOfficer, training("WAU", "{\"female\": 9, \"male\": 31, \"total\": 41}"));
        EdgeSecurityIT.assertProblem(mismatch, 400);
        assertThat(mismatch.json().get("errors").get(0).get("field").asString()).isEqualTo("participants.total");

        ApiResponse badPillar = gateway.post(ACTIVITIES, genderOfficer,
                training("WAU", "{\"female\": 1, \"male\": 1, \"total\": 2}").replace("\"PREVENTION\"", "\"PEACEBUILDING\""));
        EdgeSecurityIT.assertProblem(badPillar, 400);
        assertThat(badPillar.json().get("errors").get(0).get("field").asString()).isEqualTo("pillars[1]");

        EdgeSecurityIT.assertProblem(gateway.post(ACTIVITIES, genderOfficer, training("JUBA", "{\"female\": 1, \"male\": 1, \"total\": 2}")), 403);
    }

    @Test
    void aForumCarriesActionPointsAndOverdueOnesAreListed() {
        ApiResponse forum = gateway.post(ACTIVITIES, genderOfficer, """
                {"type": "WOMEN_PEACE_FORUM", "title": "Women Peace Forum, Jur River", "startDate": "2026-02-12", "fieldOffice": "WAU",
                 "place": "Community hall", "pillars": ["PARTICIPATION"], "audiences": ["WOMEN_LEADERS", "COMMUNITY"], "partners": ["UN Women"],
                 "participants": {"female": 46, "male": 9, "total": 55}, "status": "HELD"}""");
        assertThat(forum.status()).as(forum.body()).isEqualTo(201);
        String path = ACTIVITIES + "/" + forum.json().get("id").asString();
        String overdueDue = LocalDate.now().minusDays(5).toString();

        EdgeSecurityIT.assertProblem(gateway.post(path + "/action-points", genderOfficer,
                "{\"description\": \"x\", \"owner\": \"y\", \"dueDate\": \"" + overdueDue + "\"}"), 428);
        ApiResponse point = gateway.send("POST", path + "/action-points", genderOfficer,
                "{\"description\": \"Nominate two women to the county peace committee\", \"owner\": \"County commissioner\", \"dueDate\": \""
                        + overdueDue + "\"}", Map.of("If-Match", forum.header("ETag")));
        assertThat(point.status()).as(point.body()).isEqualTo(201);
        assertThat(point.header("Location")).endsWith(path + "/action-points/AP-1");

        ApiResponse overdue = gateway.get(ACTIVITIES + "/action-points?overdue=true&fieldOffice=WAU&size=200&sort=dueDate,desc", genderOfficer);
        assertThat(overdue.status()).isEqualTo(200);
        boolean listed = false;
        for (JsonNode row : overdue.json().get("content")) {
            assertThat(row.get("fieldOffice").asString()).isEqualTo("WAU");
            listed |= row.get("activityId").asString().equals(forum.json().get("id").asString());
        }
        assertThat(listed).as(overdue.body()).isTrue();
    }

    @Test
    void aGenderOfficerAppointsAFocalPointCheckedWithPersonnel() {
        // Someone personnel-service has stationed in Wau (the officer's office), different on every
        // run so a re-run does not overlap the last appointment.
        ApiResponse wau = gateway.get("/api/v1/personnel?fieldOffice=WAU&size=200", genderOfficer);
        assertThat(wau.status()).as(wau.body()).isEqualTo(200);
        JsonNode people = wau.json().get("content");
        assertThat(people.size()).isPositive();
        String indexNumber = people.get((int) (System.currentTimeMillis() / 1000 % people.size())).get("indexNumber").asString();
        ApiResponse appointed = gateway.post(ACTIVITIES + "/focal-points", genderOfficer, """
                {"indexNumber": "%s", "component": "CIVILIAN", "fieldOffice": "WAU", "appointedFrom": "%s"}
                """.formatted(indexNumber, LocalDate.now()));
        assertThat(appointed.status()).as(appointed.body()).isEqualTo(201);
        assertThat(appointed.json().get("personnelReferenceUnverified").asBoolean())
                .as("checked with personnel-service using the officer's own token: " + appointed.body()).isFalse();
        ApiResponse read = gateway.get(appointed.header("Location"), genderOfficer);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("indexNumber").asString()).isEqualTo(indexNumber);
    }

    @Test
    void anotherOfficesRecordsAreNotThereForAFieldOfficeBoundOfficer() {
        String admin = Tokens.forUser("mission.admin");
        ApiResponse hq = gateway.get(ACTIVITIES + "?fieldOffice=HQ&size=1", admin);
        assertThat(hq.status()).as(hq.body()).isEqualTo(200);
        String hqActivity = hq.json().get("content").get(0).get("id").asString();
        EdgeSecurityIT.assertProblem(gateway.get(ACTIVITIES + "/" + hqActivity, genderOfficer), 404);
    }

    @Test
    void reportsReproduceThe2016FactsForReportingTools() {
        String reporting = Tokens.forClient("reporting-tools", "reporting-tools-dev-secret");
        ApiResponse trainings = gateway.get("/api/v1/gender-reports/trainings?from=2016-01-01&to=2016-12-31&audience=CEASEFIRE_MONITORS&partner=UNFPA",
                reporting);
        assertThat(trainings.status()).as(trainings.body()).isEqualTo(200);
        assertThat(trainings.json().get(0).get("total").asInt()).isEqualTo(47);

        ApiResponse participation = gateway.get("/api/v1/gender-reports/womens-participation?from=2016-10-01&to=2016-10-31", reporting);
        JsonNode openDay = null;
        for (JsonNode row : participation.json()) {
            if (row.get("type").asString().equals("OPEN_DAY")) {
                openDay = row;
            }
        }
        assertThat(openDay).as(participation.body()).isNotNull();
        assertThat(openDay.get("female").asInt()).isEqualTo(20);

        ApiResponse csv = gateway.send("GET", "/api/v1/gender-reports/field-office-coverage?from=2025-01-01&to=2025-12-31", reporting, null,
                Map.of("Accept", "text/csv"));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        EdgeSecurityIT.assertProblem(gateway.get(ACTIVITIES, reporting), 403);
    }

    @Test
    void theParityViewMatchesPersonnelServicesOwnStrengthFigures() {
        String reporting = Tokens.forClient("reporting-tools", "reporting-tools-dev-secret");
        String asOf = LocalDate.now().toString();
        ApiResponse parity = gateway.get("/api/v1/gender-reports/parity?asOf=" + asOf, reporting);
        assertThat(parity.status()).as(parity.body()).isEqualTo(200);
        JsonNode view = parity.json();
        assertThat(view.get("stale").asBoolean()).as(parity.body()).isFalse();
        assertThat(view.get("asOf").asString()).isEqualTo(asOf);
        assertThat(view.get("byCategory").size()).isPositive();
        assertThat(view.get("byCountry").size()).isPositive();

        ApiResponse strength = gateway.get("/api/v1/personnel-reports/strength?asOf=" + asOf + "&groupBy=category,subCategory,sex", reporting);
        assertThat(strength.status()).as(strength.body()).isEqualTo(200);
        long female = 0;
        long total = 0;
        for (JsonNode row : strength.json().get("rows")) {
            if ("CONTINGENT_TROOP".equals(row.get("subCategory").asString(null))) {
                total += row.get("count").asLong();
                female += "FEMALE".equals(row.get("sex").asString()) ? row.get("count").asLong() : 0;
            }
        }
        // One computation of parity (issue 13 point 5): personnel-service's own parity report says the same share
        // against the same target of the same year (none, for a year without a published target).
        JsonNode own = gateway.get("/api/v1/personnel-reports/gender-parity?by=subCategory&asOf=" + asOf, reporting).json();
        JsonNode ownTroops = null;
        for (JsonNode row : own.get("rows")) {
            if ("CONTINGENT_TROOP".equals(row.get("key").asString())) {
                ownTroops = row;
            }
        }
        assertThat(ownTroops).as(own.toString()).isNotNull();
        assertThat(view.get("targetYear").asInt()).isEqualTo(own.get("targetYear").asInt());
        for (JsonNode line : view.get("byCategory")) {
            if ("CONTINGENT_TROOP".equals(line.get("subCategory").asString(null))) {
                assertThat(line.get("female").asLong()).isEqualTo(female);
                assertThat(line.get("total").asLong()).isEqualTo(total);
                assertThat(line.get("womenSharePercent").asDouble()).isEqualTo(ownTroops.get("womenPercent").asDouble());
                assertThat(line.get("targetPercent").isNull()).isEqualTo(ownTroops.get("targetPercent").isNull());
                if (!line.get("targetPercent").isNull()) {
                    assertThat(line.get("targetPercent").asDouble()).isEqualTo(ownTroops.get("targetPercent").asDouble());
                }
            }
        }
    }
}
