package org.unmiss.humanrights.hrcase;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unmiss.humanrights.hrcase.domain.CaseLimits;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unmiss.humanrights.HrFixtures.create;
import static org.unmiss.humanrights.HrFixtures.officer;
import static org.unmiss.humanrights.hrcase.CaseApiTest.assertProblem;

/** The caps a case is created within hold for every later change that adds to it. */
@ServiceTest
class CaseLimitsApiTest {

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;

    private static String caseWith(String violations, String extra) {
        return """
                {"title": "Limits", "fieldOffice": "MALAKAL", "occurredFrom": {"date": "2026-01-15", "precision": "EXACT"},
                 "location": {"state": "UPPER_NILE"}, "violations": [%s]%s}
                """.formatted(violations, extra);
    }

    @Test
    void aCaseAtItsActLimitTakesNoFurtherAct() {
        String acts = IntStream.range(0, CaseLimits.MAX_ACTS).mapToObj(i -> "{\"type\": \"TORTURE\"}").collect(Collectors.joining(","));
        assertProblem(api.post("/api/v1/hr-cases", officer(issuer), caseWith(acts + ",{\"type\": \"TORTURE\"}", "")), 400,
                "violations");
        ApiResponse full = create(api, officer(issuer), caseWith(acts, ""));
        String reference = full.json().get("reference").asString();

        ApiResponse refused = api.post("/api/v1/hr-cases/" + reference + "/violations", officer(issuer), "{\"type\": \"TORTURE\"}");
        assertProblem(refused, 409);
        assertThat(refused.json().get("detail").asString()).contains("violations", String.valueOf(CaseLimits.MAX_ACTS));
        ApiResponse after = api.get("/api/v1/hr-cases/" + reference, officer(issuer));
        assertThat(after.json().get("violations").size()).isEqualTo(CaseLimits.MAX_ACTS);
        assertThat(after.header("ETag")).isEqualTo(full.header("ETag"));
    }

    @Test
    void aCaseAtItsCitationLimitCitesNoFurtherIncident() {
        // poc-site-service is not running for this test: citations are saved unverified, which is enough to count them
        String references = IntStream.range(0, CaseLimits.MAX_POC_INCIDENTS)
                .mapToObj(i -> "\"SI-2026-" + String.format("%06d", 700000 + i) + "\"").collect(Collectors.joining(","));
        ApiResponse full = create(api, officer(issuer), caseWith("{\"type\": \"TORTURE\"}", ", \"pocIncidentReferences\": [" + references + "]"));
        String reference = full.json().get("reference").asString();
        assertThat(full.json().get("pocIncidents").size()).isEqualTo(CaseLimits.MAX_POC_INCIDENTS);

        ApiResponse refused = api.send("POST", "/api/v1/hr-cases/" + reference + "/poc-incidents", officer(issuer),
                "{\"reference\": \"SI-2026-799999\"}", Map.of("If-Match", full.header("ETag")));
        assertProblem(refused, 409);
        assertThat(refused.json().get("detail").asString()).contains("pocIncidents");
        assertThat(api.get("/api/v1/hr-cases/" + reference, officer(issuer)).json().get("pocIncidents").size())
                .isEqualTo(CaseLimits.MAX_POC_INCIDENTS);
    }
}
