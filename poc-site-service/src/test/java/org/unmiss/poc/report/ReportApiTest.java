package org.unmiss.poc.report;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.unmiss.kit.store.ReferenceDataLoader;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;
import org.unmiss.poc.Fixtures;
import org.unmiss.poc.config.DemoData;
import org.unmiss.kit.store.ReferenceNumbers;
import org.unmiss.poc.site.persistence.SiteQueries;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The reports over the service's own demo data, as a fresh platform shows them. */
@ServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportApiTest {

    @Autowired
    ApiClient api;
    @Autowired
    TestIssuer issuer;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ReferenceDataLoader referenceData;
    @Autowired
    SiteQueries sites;
    @Autowired
    ReferenceNumbers numbers;

    String analyst;

    @BeforeAll
    void generateDemoData() throws Exception {
        Fixtures.reset(mongo, referenceData);
        new DemoData(mongo, sites, numbers).loadIfEmpty();
        analyst = issuer.token("reporting-tools", "HQ", "REPORTING");
    }

    @Test
    void demoDataCoversEveryKindOfRecord() {
        for (String collection : List.of("population_figures", "security_incidents", "patrols", "search_operations",
                "seized_items", "returns")) {
            assertThat(mongo.getCollection(collection).countDocuments()).as(collection).isPositive();
        }
        JsonNode bentiu = api.get("/api/v1/poc-sites/BENTIU/population?size=1", analyst).json();
        assertThat(bentiu.get("content").get(0).get("asOf").asString()).isEqualTo("2014-01-01");
    }

    @Test
    void recordsMadeAfterTheDemoDataGetFreshReferenceNumbersAndCountAtOnce() {
        String writer = issuer.token("unpol.officer.juba", "JUBA", "POC_READ", "POC_WRITE");
        for (String year : List.of("2016", "2026")) {
            String month = "/api/v1/security-incidents/reports/monthly?siteCode=JUBA-UNH-POC1&from=" + year + "-03-01&to=" + year + "-03-31";
            long before = thefts(api.get(month, analyst).json());
            ApiResponse created = api.post("/api/v1/security-incidents", writer, Fixtures.incident("JUBA-UNH-POC1", "THEFT",
                    Fixtures.JUBA_INSIDE_LAT, Fixtures.JUBA_INSIDE_LON, false, year + "-03-01T10:00:00Z"));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            assertThat(created.json().get("reference").asString()).startsWith("SI-" + year + "-");
            assertThat(thefts(api.get(month, analyst).json())).isEqualTo(before + 1);
        }
    }

    @Test
    void everySequenceContinuesAfterTheDemoDataNumbers() {
        Map<String, String> prefixes = Map.of("security_incidents", "SI", "patrols", "PT", "search_operations", "CS",
                "seized_items", "SZ", "returns", "RT");
        prefixes.forEach((collection, prefix) -> {
            Map<Integer, Long> highest = new java.util.HashMap<>();
            for (org.bson.Document doc : mongo.getCollection(collection).find()) {
                String[] parts = doc.getString("_id").split("-");
                highest.merge(Integer.parseInt(parts[1]), Long.parseLong(parts[2]), Math::max);
            }
            assertThat(highest).as(collection).isNotEmpty();
            highest.forEach((year, last) -> assertThat(numbers.next(prefix, year))
                    .as(collection + " " + year).isGreaterThan(ReferenceNumbers.format(prefix, year, last)));
        });
    }

    private static long thefts(JsonNode report) {
        long count = 0;
        for (JsonNode row : report.get("rows")) {
            if ("THEFT".equals(row.get("category").asString())) {
                count += row.get("incidents").asLong();
            }
        }
        return count;
    }

    @Test
    void theJubaWeaponsFreeZoneIsFollowedByADropInIncidents() {
        ApiResponse report = api.get("/api/v1/security-incidents/reports/before-after?siteCode=JUBA-UNH-POC3", analyst);
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        JsonNode json = report.json();
        assertThat(json.get("pivot").asString()).isEqualTo("2016-11-01");
        JsonNode total = json.get("rows").get(0);
        assertThat(total.get("category").isNull()).isTrue();
        assertThat(total.get("after").asLong()).isLessThan((long) (total.get("before").asLong() * 0.8));
        assertThat(total.get("changePercent").asDouble()).isNegative();
        // a site without a zone shows no such drop around the same date
        JsonNode malakal = api.get("/api/v1/security-incidents/reports/before-after?siteCode=MALAKAL&pivot=2016-11-01", analyst)
                .json().get("rows").get(0);
        assertThat(malakal.get("after").asLong()).isGreaterThan((long) (malakal.get("before").asLong() * 0.8));
    }

    @Test
    void incidentsPerMonthAddUpToTheBeforeAfterWindows() {
        JsonNode monthly = api.get("/api/v1/security-incidents/reports/monthly?siteCode=JUBA-UNH-POC3&from=2015-11-01&to=2016-10-31",
                analyst).json();
        long sum = 0;
        for (JsonNode row : monthly.get("rows")) {
            sum += row.get("incidents").asLong();
        }
        JsonNode total = api.get("/api/v1/security-incidents/reports/before-after?siteCode=JUBA-UNH-POC3", analyst)
                .json().get("rows").get(0);
        assertThat(sum).isEqualTo(total.get("before").asLong());
        ApiResponse csv = api.get("/api/v1/security-incidents/reports/monthly.csv?hxl=true&from=2016-01-01&to=2016-12-31", analyst);
        assertThat(csv.contentType()).startsWith("text/csv");
        String[] lines = csv.body().replace("\"", "").split("\r\n");
        assertThat(lines[0]).isEqualTo("month,site,category,incidents");
        assertThat(lines[1]).isEqualTo("#date+month,#loc+code,#event+type,#event+num");
        assertThat(lines[2]).startsWith("2016-01,");
    }

    @Test
    void populationTrendIsDisaggregatedAndAddsUp() {
        JsonNode rows = api.get("/api/v1/poc-sites/reports/population-trend?siteCode=MALAKAL", analyst).json().get("rows");
        assertThat(rows.size()).isGreaterThan(100);
        for (JsonNode row : rows) {
            assertThat(row.get("female").asInt() + row.get("male").asInt()).isEqualTo(row.get("total").asInt());
            assertThat(row.get("children").asInt() + row.get("adults").asInt() + row.get("elderly").asInt())
                    .isEqualTo(row.get("total").asInt());
        }
        String hxl = api.get("/api/v1/poc-sites/reports/population-trend.csv?hxl=true&siteCode=BOR&from=2020-01-01&to=2020-01-31",
                analyst).body();
        String[] lines = hxl.replace("\"", "").split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).startsWith("#loc+code,#adm1+name,#date,").contains("#population+f,#population+m,#population+children");
        assertThat(lines[2]).startsWith("BOR,Jonglei,2020-01-01,BIOMETRIC_REGISTRATION,");
    }

    @Test
    void patrolsSeizuresAndReturnsAreSummarised() {
        JsonNode patrols = api.get("/api/v1/patrols/reports/summary?from=2026-05-01&to=2026-10-31", analyst).json().get("rows");
        assertThat(patrols.findValuesAsString("shift")).contains("DAY", "NIGHT");
        for (JsonNode row : patrols) {
            double share = row.get("womenSharePercent").asDouble();
            assertThat(share).isBetween(5.0, 35.0);
            assertThat(share).isCloseTo(row.get("women").asLong() * 100.0 / row.get("personnel").asLong(), org.assertj.core.api.Assertions.within(0.06));
        }
        JsonNode seizures = api.get("/api/v1/seizures/reports/by-item-type?from=2024-01-01", analyst).json().get("rows");
        assertThat(seizures.findValuesAsString("itemType")).contains("FIREARM", "BLADE", "ALCOHOL");
        JsonNode returns = api.get("/api/v1/returns/reports/by-destination?from=2020-01-01", analyst).json().get("rows");
        assertThat(returns.findValuesAsString("destinationState")).contains("Unity", "Upper Nile");
        for (JsonNode row : returns) {
            assertThat(row.get("female").asLong() + row.get("male").asLong()).isEqualTo(row.get("individuals").asLong());
        }
        assertThat(api.get("/api/v1/returns/reports/by-destination.csv?hxl=true", analyst).body().replace("\"", ""))
                .contains("#adm1+name+dest,#adm2+name+dest");
    }

    @Test
    void reportsNameBadParameters() {
        ApiResponse noPivot = api.get("/api/v1/security-incidents/reports/before-after?siteCode=MALAKAL", analyst);
        assertThat(noPivot.status()).isEqualTo(400);
        assertThat(noPivot.json().get("errors").get(0).get("field").asString()).isEqualTo("pivot");
        ApiResponse reversed = api.get("/api/v1/patrols/reports/summary?from=2026-01-01&to=2025-01-01", analyst);
        assertThat(reversed.json().get("errors").findValuesAsString("field")).containsExactly("from", "to");
        ApiResponse window = api.get("/api/v1/security-incidents/reports/before-after?pivot=2020-01-01&windowMonths=0", analyst);
        assertThat(window.json().get("errors").get(0).get("field").asString()).isEqualTo("windowMonths");
    }
}
