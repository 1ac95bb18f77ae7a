package org.unmiss.humanrights;

import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ServiceContractTest;

import java.util.Map;

/** Every GET of the document answered as documented, over the demo data. */
class ApiContractTest extends ServiceContractTest {

    /** The quarterly brief needs a quarter (free text in its schema, "YYYY-Qn"); the case search words (q or name). */
    @Override
    protected Map<String, String> queryValues() {
        return Map.of("quarter", "2025-Q4", "q", "killing");
    }

    /**
     * The demo data signs no audit checkpoint; the checkpoint GETs need one (201, or 409 on an empty log). It has no
     * person in the registry either; the person GETs need one.
     */
    @Override
    protected void prepare(ApiClient api, String token) {
        int registered = api.post("/api/v1/hr-people", token, "{\"fieldOffice\": \"JUBA\", \"sex\": \"FEMALE\", \"age\": 30}")
                .status();
        if (registered != 201) {
            throw new IllegalStateException("POST /api/v1/hr-people answered " + registered);
        }
        int status = api.post("/api/v1/hr-audit/checkpoints", token, null).status();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("POST /api/v1/hr-audit/checkpoints answered " + status);
        }
    }
}
