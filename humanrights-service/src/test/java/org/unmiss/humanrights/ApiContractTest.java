package org.unmiss.humanrights;

import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
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
     * person in the registry either, nor a referral to a provider; the person and referral GETs need one.
     */
    @Override
    protected void prepare(ApiClient api, String token) {
        int registered = api.post("/api/v1/hr-people", token, "{\"fieldOffice\": \"JUBA\", \"sex\": \"FEMALE\", \"age\": 30}")
                .status();
        if (registered != 201) {
            throw new IllegalStateException("POST /api/v1/hr-people answered " + registered);
        }
        referOneVictim(api, token);
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

    /** A case whose child victim is referred, with the caregiver's consent and the child's assent, to a demo provider. */
    private static void referOneVictim(ApiClient api, String token) {
        ApiResponse created = api.post("/api/v1/hr-cases", token, HrFixtures.caseBody("JUBA", "2025-11-02", HrFixtures.uniqueName()));
        require(created, 201);
        String reference = created.json().get("reference").asString();
        String child = created.json().at("/violations/0/victims/0/code").asString();
        require(api.send("PUT", "/api/v1/hr-cases/" + reference + "/victims/" + child + "/consent", token,
                "{\"servicesReferral\": true, \"deidentifiedReporting\": true, \"identifiedSharing\": false, "
                        + "\"caregiverConsent\": true, \"childAssent\": true}", Map.of("If-Match", created.header("ETag"))), 200);
        require(api.post("/api/v1/hr-referrals", token, """
                {"caseReference": "%s", "victimCode": "%s", "providerCode": "DEMO-JUBA-LEGAL-AID", "service": "LEGAL"}"""
                .formatted(reference, child)), 201);
    }

    private static void require(ApiResponse response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("expected " + status + ", got " + response.status() + ": " + response.body());
        }
    }
}
