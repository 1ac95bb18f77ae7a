package org.unmiss.humanrights;

import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ServiceContractTest;

import java.util.Map;

/** Every GET of the document answered as documented, over the demo data. */
class ApiContractTest extends ServiceContractTest {

    /** The quarterly brief needs a quarter (free text in its schema, "YYYY-Qn"). */
    @Override
    protected Map<String, String> queryValues() {
        return Map.of("quarter", "2025-Q4");
    }

    /** The demo data signs no audit checkpoint; the checkpoint GETs need one (201, or 409 on an empty log). */
    @Override
    protected void prepare(ApiClient api, String token) {
        int status = api.post("/api/v1/hr-audit/checkpoints", token, null).status();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("POST /api/v1/hr-audit/checkpoints answered " + status);
        }
        // The demo data hold no evidence: a case dated today (first in the list, newest incident first) gets a typed note.
        String caseBody = HrFixtures.caseBody("MALAKAL", java.time.LocalDate.now().toString(), HrFixtures.uniqueName());
        String reference = HrFixtures.create(api, token, caseBody).json().get("reference").asString();
        int filed = api.send("POST", "/api/v1/hr-cases/" + reference + "/evidence?kind=INTERVIEW_NOTES", token,
                "Synthetic interview notes for the contract test.\n", java.util.Map.of()).status();
        if (filed != 201) {
            throw new IllegalStateException("POST /api/v1/hr-cases/" + reference + "/evidence answered " + filed);
        }
    }
}
