package org.unmiss.gender.report;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.unmiss.gender.activity.domain.GenderActivity;
import org.unmiss.gender.config.DemoData;
import org.unmiss.gender.focalpoint.domain.FocalPoint;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The reports over the deterministic demo data, including the source documents' 2016 facts. */
@ServiceTest
class ReportsOnDemoDataTest {

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    DemoData demoData;

    String analyst;

    @BeforeEach
    void loadDemoData() {
        mongo.dropCollection(GenderActivity.class);
        mongo.dropCollection(FocalPoint.class);
        assertThat(demoData.load()).isTrue();
        analyst = issuer.token("reporting-tools", "HQ", "REPORTING");
    }

    @Test
    void reproducesThe2016CeasefireMonitorTrainingWithUnfpa() {
        ApiResponse response = api.get("/api/v1/gender-reports/trainings?from=2016-01-01&to=2016-12-31&audience=CEASEFIRE_MONITORS&partner=UNFPA", analyst);
        assertThat(response.status()).isEqualTo(200);
        JsonNode rows = response.json();
        assertThat(rows.size()).isEqualTo(1);
        assertThat(rows.get(0).get("quarter").asString()).isEqualTo("2016-Q3");
        assertThat(rows.get(0).get("trainings").asLong()).isEqualTo(1);
        assertThat(rows.get(0).get("total").asLong()).isEqualTo(47);
    }

    @Test
    void reproducesThe2016OpenDayWithTwentyWomenDelegates() {
        JsonNode rows = api.get("/api/v1/gender-reports/womens-participation?from=2016-01-01&to=2016-12-31", analyst).json();
        JsonNode openDay = null;
        for (JsonNode row : rows) {
            if (row.get("type").asString().equals("OPEN_DAY")) {
                openDay = row;
            }
        }
        assertThat(openDay).isNotNull();
        assertThat(openDay.get("activities").asLong()).isEqualTo(1);
        assertThat(openDay.get("female").asLong()).isEqualTo(20);
        assertThat(openDay.get("womenSharePercent").asDouble()).isEqualTo(100.0);

        String officer = issuer.token("gender.hq", "HQ", "GENDER_READ");
        JsonNode activity = api.get("/api/v1/gender-activities?type=OPEN_DAY&from=2016-01-01&to=2016-12-31", officer).json().get("content").get(0);
        assertThat(activity.get("title").asString()).contains("Peace and Justice for Women in South Sudan");
        assertThat(activity.get("participants").get("female").asInt()).isEqualTo(20);
    }

    @Test
    void countsWeeklyInductionTrainingsWithCrsvPerQuarterAndPartsAddUp() {
        JsonNode byModule = api.get("/api/v1/gender-reports/trainings?from=2017-01-01&to=2017-12-31&groupBy=MODULE", analyst).json();
        long crsvTrainings = 0;
        for (JsonNode row : byModule) {
            assertThat(row.get("female").asLong() + row.get("male").asLong()).isEqualTo(row.get("total").asLong());
            if (row.get("key").asString().equals("CRSV")) {
                crsvTrainings += row.get("trainings").asLong();
            }
        }
        assertThat(crsvTrainings).isBetween(48L, 53L);
        JsonNode byAudience = api.get("/api/v1/gender-reports/trainings?from=2017-01-01&to=2017-03-31&groupBy=AUDIENCE", analyst).json();
        assertThat(byAudience.findValuesAsString("key")).contains("MILITARY", "POLICE", "CIVILIAN");
        assertThat(byAudience.findValuesAsString("quarter")).containsOnly("2017-Q1");

        ApiResponse csv = api.send("GET", "/api/v1/gender-reports/trainings?from=2017-01-01&to=2017-12-31&groupBy=MODULE", analyst, null,
                Map.of("Accept", "text/csv"));
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body().lines().findFirst()).contains("quarter,module,trainings,female,male,total");
        assertThat(csv.body().lines().count()).isEqualTo(byModule.size() + 1);
        // JSON unless CSV is preferred (ADR 0045): a client listing JSON first, or stating no preference, reads JSON.
        for (String accept : List.of("application/json, text/csv", "*/*", "text/csv;q=0.5, application/json")) {
            assertThat(api.send("GET", "/api/v1/gender-reports/trainings?from=2017-01-01&to=2017-12-31&groupBy=MODULE", analyst, null,
                    Map.of("Accept", accept)).contentType()).as(accept).startsWith("application/json");
        }
    }

    @Test
    void listsTheQuartersWithoutATaskForceMeeting() {
        JsonNode gaps = api.get("/api/v1/gender-reports/task-force-gaps?fromYear=2016&toYear=2025", analyst).json();
        assertThat(gaps.get("quartersChecked").asInt()).isEqualTo(40);
        assertThat(gaps.get("quartersWithoutMeeting").valueStream().map(JsonNode::asString).toList()).containsExactly("2020-Q2", "2023-Q3");
        assertThat(api.get("/api/v1/gender-reports/task-force-gaps?fromYear=2020&toYear=2019", analyst).status()).isEqualTo(400);
    }

    @Test
    void showsFieldOfficeAndFocalPointCoverage() {
        JsonNode coverage = api.get("/api/v1/gender-reports/field-office-coverage?from=2026-01-01&to=2026-06-30", analyst).json();
        List<String> offices = coverage.findValuesAsString("fieldOffice");
        assertThat(offices).contains("HQ", "JUBA", "WAU").doesNotContain("TORIT", "AWEIL");
        for (JsonNode row : coverage) {
            assertThat(row.get("covered").asBoolean()).as(row.toString()).isTrue();
        }
        JsonNode focal = api.get("/api/v1/gender-reports/focal-point-coverage?asOf=2026-06-30", analyst).json();
        List<String> gaps = new ArrayList<>();
        for (JsonNode row : focal) {
            if (row.get("focalPoints").asLong() == 0) {
                gaps.add(row.get("fieldOffice").asString() + "/" + row.get("component").asString());
            }
        }
        assertThat(gaps).containsExactlyInAnyOrder("YAMBIO/MILITARY", "KUAJOK/MILITARY");
    }

    @Test
    void keepsOverdueActionPointsListableAndIsDeterministic() {
        String officer = issuer.token("gender.hq", "HQ", "GENDER_READ");
        ApiResponse overdue = api.get("/api/v1/gender-activities/action-points?overdue=true&size=200", officer);
        assertThat(overdue.json().get("totalElements").asInt()).isPositive();
        for (JsonNode point : overdue.json().get("content")) {
            assertThat(point.get("overdue").asBoolean()).isTrue();
            assertThat(point.get("status").asString()).isIn("OPEN", "IN_PROGRESS");
        }
        String first = api.get("/api/v1/gender-reports/trainings?groupBy=AUDIENCE", analyst).body();
        long activities = mongo.count(new org.springframework.data.mongodb.core.query.Query(), GenderActivity.class);
        assertThat(activities).isGreaterThan(1000);

        mongo.dropCollection(GenderActivity.class);
        mongo.dropCollection(FocalPoint.class);
        demoData.load();
        assertThat(api.get("/api/v1/gender-reports/trainings?groupBy=AUDIENCE", analyst).body()).isEqualTo(first);
        assertThat(demoData.load()).isFalse();
    }
}
