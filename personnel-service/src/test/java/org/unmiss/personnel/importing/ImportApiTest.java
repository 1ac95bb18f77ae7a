package org.unmiss.personnel.importing;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;
import org.unmiss.personnel.Fixtures;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class ImportApiTest {

    static final String HEADER = "familyName,givenName,sex,dateOfBirth,nationality,category,subCategory,rank,languages,fieldOffice,deploymentStart,deploymentEnd,position\n";

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;

    @Autowired
    MongoTemplate mongo;

    Fixtures fixtures;

    @BeforeEach
    void client() {
        fixtures = new Fixtures(api, issuer);
    }

    ApiResponse post(String csv, String query) {
        return api.send("POST", "/api/v1/personnel/imports" + query, fixtures.writer(), csv, Map.of("Content-Type", "text/csv"));
    }

    static String row(String family, String sex, String category, String subCategory, String office, String start, String end) {
        return String.join(",", family, "Tamsin", sex, "1985-05-05", "NPL", category, subCategory, "Constable", "en;ne", office,
                start, end, "Patrol officer") + "\n";
    }

    long stored(String family) {
        return mongo.getCollection("personnel").countDocuments(new org.bson.Document("familyName", family));
    }

    @Test
    void importsARotationAndRequestsTheirDeployments() {
        String family = "Imp" + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse response = post(HEADER
                + row(family, "FEMALE", "POLICE", "FORMED_POLICE_UNIT", "MALAKAL", "2026-07-01", "2027-06-30")
                + row(family + "b", "MALE", "POLICE", "FORMED_POLICE_UNIT", "MALAKAL", "", ""), "");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("imported").asInt()).isEqualTo(2);
        assertThat(response.json().at("/people/0/line").asInt()).isEqualTo(2);
        String index = response.json().at("/people/0/indexNumber").asString();
        String deployment = response.json().at("/people/0/deploymentId").asString();
        assertThat(deployment).isEqualTo(index + "-D1");
        assertThat(response.json().at("/people/1/deploymentId").isNull()).isTrue();
        ApiResponse requested = api.get("/api/v1/deployments/" + deployment, fixtures.writer());
        assertThat(requested.json().get("status").asString()).isEqualTo("REQUESTED");
        assertThat(requested.json().get("fieldOffice").asString()).isEqualTo("MALAKAL");
        assertThat(api.get("/api/v1/personnel/" + index, fixtures.writer()).json().get("languages").toString()).contains("ne");
    }

    @Test
    void allOrNothingWritesNothingAndReportsEveryBadRow() {
        String family = "Bad" + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse response = post(HEADER
                + row(family, "FEMALE", "POLICE", "FORMED_POLICE_UNIT", "JUBA", "", "")
                + row(family, "FEMALE", "MILITARY", "FORMED_POLICE_UNIT", "JUBA", "", "")
                + row(family, "F", "POLICE", "FORMED_POLICE_UNIT", "NOWHERE", "", ""), "");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").findValuesAsString("field")).containsExactly(
                "line 3: category", "line 3: subCategory", "line 4: sex", "line 4: fieldOffice");
        assertThat(response.json().get("detail").asString()).startsWith("2 of 3 rows are not valid; nothing was imported");
        assertThat(stored(family)).isZero();
    }

    @Test
    void validRowsOnlyImportsTheGoodRowsAndReportsTheRest() {
        String family = "Part" + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse response = post(HEADER
                + row(family, "FEMALE", "POLICE", "FORMED_POLICE_UNIT", "JUBA", "", "")
                + row(family, "MALE", "CIVILIAN", "FORMED_POLICE_UNIT", "JUBA", "", "")
                + row(family + "c", "MALE", "CIVILIAN", "UN_VOLUNTEER", "JUBA", "2026-05-01", "2026-04-01"), "?mode=VALID_ROWS_ONLY");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("imported").asInt()).isEqualTo(1);
        assertThat(response.json().get("rejectedRows").asInt()).isEqualTo(2);
        assertThat(response.json().get("errors").findValuesAsString("field")).containsExactly(
                "line 3: category", "line 3: subCategory", "line 4: deploymentStart", "line 4: deploymentEnd");
        assertThat(stored(family)).isEqualTo(1);
    }

    @Test
    void refusesWhatIsNotAUsableCsv() {
        ApiResponse header = post("familyName,colour\nA,red\n", "");
        assertThat(header.status()).isEqualTo(400);
        assertThat(header.json().get("errors").findValuesAsString("field")).contains("header");
        assertThat(post(HEADER, "").json().at("/errors/0/field").asString()).isEqualTo("body");
        assertThat(post(HEADER, "?mode=SOME").json().at("/errors/0/field").asString()).isEqualTo("mode");
        ApiResponse json = api.post("/api/v1/personnel/imports", fixtures.writer(), "{}");
        assertThat(json.status()).isEqualTo(415);
    }

    /** A row with three problems (sex, category, sub-category), padded to about {@code width} characters. */
    static String badRow(int n, int width) {
        String row = "Bad" + n + ",Tamsin,X,1985-05-05,NPL,NAVY,FLEET,Constable,en," + "JUBA,,,";
        return row + "P".repeat(Math.max(1, width - row.length() - 1)) + "\n";
    }

    @Test
    void aTenMegabyteFileOfBadRowsGetsTheFirstProblemsAndACountAndTheServiceStaysHealthy() {
        StringBuilder csv = new StringBuilder(10_000_100).append(HEADER);
        int rows = 0;
        while (csv.length() + 250 <= 10_000_000) {
            csv.append(badRow(++rows, 250));
        }
        ApiResponse response = post(csv.toString(), "");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors")).as("the list is bounded").hasSize(100);
        assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("line 2: sex");
        assertThat(response.json().get("detail").asString()).startsWith(rows + " of " + rows + " rows are not valid")
                .endsWith("Listed: the first 100 problems, and " + (3L * rows - 100) + " more");
        assertThat(response.body().length()).as("the answer stays small").isLessThan(64 * 1024);

        ApiResponse health = api.get("/actuator/health", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
        String family = "After" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(post(HEADER + row(family, "FEMALE", "POLICE", "FORMED_POLICE_UNIT", "JUBA", "", ""), "").status()).isEqualTo(200);
        assertThat(stored(family)).isEqualTo(1);
    }

    @Test
    void validRowsOnlyListsTheFirstProblemsAndCountsTheRest() {
        String family = "Many" + UUID.randomUUID().toString().substring(0, 8);
        StringBuilder csv = new StringBuilder(HEADER).append(row(family, "FEMALE", "POLICE", "FORMED_POLICE_UNIT", "JUBA", "", ""));
        for (int i = 0; i < 150; i++) {
            csv.append(badRow(i, 60));
        }
        ApiResponse response = post(csv.toString(), "?mode=VALID_ROWS_ONLY");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("imported").asInt()).isEqualTo(1);
        assertThat(response.json().get("rejectedRows").asInt()).isEqualTo(150);
        assertThat(response.json().get("errors")).hasSize(100);
        assertThat(response.json().get("unlistedErrors").asInt()).isEqualTo(450 - 100);
        assertThat(stored(family)).isEqualTo(1);
    }

    @Test
    void readingStopsAtTheRowCap() {
        String family = "Cap" + UUID.randomUUID().toString().substring(0, 8);
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 50_001; i++) {
            csv.append(family).append(i).append(",A,FEMALE,,NPL,POLICE,FORMED_POLICE_UNIT,,,JUBA,,,\n");
        }
        ApiResponse response = post(csv.toString(), "");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("body");
        assertThat(response.json().at("/errors/0/reason").asString()).startsWith("has more than 50000 rows (reading stopped there)");
        assertThat(mongo.getCollection("personnel").countDocuments(new org.bson.Document("givenName", "A"))).isZero();
    }

    @Test
    void aBodyPastTheLimitIs413EvenInOneEndlessField() {
        String endless = HEADER + "\"" + "x".repeat(10 * 1024 * 1024 + 1) + "\"\n";
        ApiResponse response = post(endless, "");
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
        // the kit's body limit (unmiss.web.max-request-body) stops it first; the import's own reader
        // would stop at the same size, so a file never grows the heap past it either way
        assertThat(response.json().get("detail").asString()).contains("10485760");
    }
}
