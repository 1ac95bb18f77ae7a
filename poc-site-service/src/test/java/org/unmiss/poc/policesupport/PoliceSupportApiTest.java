package org.unmiss.poc.policesupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.unmiss.kit.store.ReferenceDataLoader;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;
import org.unmiss.poc.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class PoliceSupportApiTest {

    private static final String UNIT = "SSNPS Rubkona county";

    @Autowired
    ApiClient api;
    @Autowired
    TestIssuer issuer;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ReferenceDataLoader referenceData;

    String bentiu;

    @BeforeEach
    void reset() throws Exception {
        Fixtures.reset(mongo, referenceData);
        bentiu = issuer.token("unpol.officer.bentiu", "BENTIU", "POC_READ", "POC_WRITE");
    }

    @Test
    void supportWithoutARiskAssessmentIsRefusedNamingIt() {
        ApiResponse refused = api.post("/api/v1/unpol/national-police-support", bentiu, Fixtures.policeTraining(UNIT, "2026-03-10", "BENTIU"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString()).contains("Human Rights Due Diligence Policy", UNIT);
        assertThat(mongo.getCollection("national_police_support").countDocuments()).isZero();
    }

    @Test
    void anExpiredAssessmentRefusesAndACurrentOneAllows() {
        ApiResponse assessed = api.post("/api/v1/unpol/hrddp-risk-assessments", bentiu,
                Fixtures.riskAssessment(UNIT, "2025-01-01", "2025-07-01", "BENTIU"));
        assertThat(assessed.status()).as(assessed.body()).isEqualTo(201);
        ApiResponse expired = api.post("/api/v1/unpol/national-police-support", bentiu, Fixtures.policeTraining(UNIT, "2026-03-10", "BENTIU"));
        assertThat(expired.status()).isEqualTo(409);
        assertThat(expired.json().get("detail").asString()).contains(assessed.json().get("reference").asString(), "does not cover");

        ApiResponse current = api.post("/api/v1/unpol/hrddp-risk-assessments", bentiu,
                Fixtures.riskAssessment(UNIT.toLowerCase(), "2026-01-15", "2026-07-15", "BENTIU"));
        ApiResponse allowed = api.post("/api/v1/unpol/national-police-support", bentiu, Fixtures.policeTraining(UNIT, "2026-03-10", "BENTIU"));
        assertThat(allowed.status()).as(allowed.body()).isEqualTo(201);
        assertThat(allowed.json().get("riskAssessmentReference").asString()).isEqualTo(current.json().get("reference").asString());
        assertThat(allowed.json().get("womenTrained").asInt()).isEqualTo(8);
    }

    @Test
    void aTrainingCountsOfficersBySexAndAnAssessmentEndsAfterItStarts() {
        ApiResponse noCounts = api.post("/api/v1/unpol/national-police-support", bentiu, Fixtures.policeTraining(UNIT, "2026-03-10", "BENTIU")
                .replace("\"womenTrained\": 8, ", ""));
        assertThat(noCounts.status()).isEqualTo(400);
        assertThat(noCounts.json().get("errors").findValuesAsString("field")).containsExactly("womenTrained");
        ApiResponse backwards = api.post("/api/v1/unpol/hrddp-risk-assessments", bentiu,
                Fixtures.riskAssessment(UNIT, "2026-01-15", "2026-01-01", "BENTIU"));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("errors").findValuesAsString("field")).containsExactly("validUntil");
        ApiResponse otherOffice = api.post("/api/v1/unpol/hrddp-risk-assessments",
                issuer.token("unpol.officer.malakal", "MALAKAL", "POC_READ", "POC_WRITE"),
                Fixtures.riskAssessment(UNIT, "2026-01-15", "2026-07-15", "BENTIU"));
        assertThat(otherOffice.status()).isEqualTo(403);
    }
}
