package org.unmiss.poc;

import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ServiceContractTest;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every GET of the document answered as documented, over the demo data. */
class ApiContractTest extends ServiceContractTest {

    /**
     * The before/after report needs a pivot day unless its site has a weapons-free-zone date; the early-warning
     * report needs a period of months (the demo data's year).
     */
    @Override
    protected Map<String, String> queryValues() {
        return Map.of("pivot", "2025-06-01", "fromMonth", "2025-01", "toMonth", "2025-12");
    }

    /** The demo data has no alerts, access records or police-support records yet: one of each, so their GETs by reference are called. */
    @Override
    protected void prepare(ApiClient api, String token) {
        created(api.post("/api/v1/early-warning/alerts", token, Fixtures.alert("Leer", "BENTIU")));
        created(api.post("/api/v1/humanitarian-access/escort-requests", token, Fixtures.escortRequest("BENTIU")));
        created(api.post("/api/v1/humanitarian-access/incidents", token, """
                {"type": "CHECKPOINT", "place": "Guit", "occurredOn": "2026-03-02", "perpetratorParty": "SSPDF",
                 "sofaViolation": true, "fieldOffice": "BENTIU", "description": "Synthetic: patrol held at checkpoint for 4 hours"}
                """));
        String unit = "SSNPS Rubkona county";
        created(api.post("/api/v1/unpol/hrddp-risk-assessments", token, Fixtures.riskAssessment(unit, "2026-01-15", "2026-07-15", "BENTIU")));
        created(api.post("/api/v1/unpol/national-police-support", token, Fixtures.policeTraining(unit, "2026-03-10", "BENTIU")));
    }

    private static void created(ApiResponse answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    }
}
