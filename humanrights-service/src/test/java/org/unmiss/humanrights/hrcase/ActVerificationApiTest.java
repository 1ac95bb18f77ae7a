package org.unmiss.humanrights.hrcase;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unmiss.humanrights.HrFixtures.OFFICER;
import static org.unmiss.humanrights.HrFixtures.admin;
import static org.unmiss.humanrights.HrFixtures.caseBody;
import static org.unmiss.humanrights.HrFixtures.create;
import static org.unmiss.humanrights.HrFixtures.officer;
import static org.unmiss.humanrights.HrFixtures.senior;
import static org.unmiss.humanrights.HrFixtures.transition;
import static org.unmiss.humanrights.HrFixtures.uniqueName;
import static org.unmiss.humanrights.hrcase.CaseApiTest.assertProblem;

/**
 * Verification per act, as the MRM counts violations: each act's own outcome, standard of proof and late flag, the
 * case's outcome deciding the acts still pending, and the figures counting verified acts only.
 */
@ServiceTest
class ActVerificationApiTest {

    private static final String DECIDE = "{\"outcome\": \"%s\", \"standardOfProof\": \"REASONABLE_GROUNDS\"}";

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;

    private ApiResponse decide(String reference, String act, String token, String etag, String body) {
        return api.send("PUT", "/api/v1/hr-cases/" + reference + "/violations/" + act + "/verification", token, body,
                etag == null ? Map.of() : Map.of("If-Match", etag));
    }

    /** A Malakal case of 2022-08-14 with a killing (one child victim) and an injury (one child victim), under investigation. */
    private ApiResponse investigating() {
        ApiResponse created = create(api, officer(issuer), caseBody("MALAKAL", "2022-08-14", uniqueName()));
        String reference = created.json().get("reference").asString();
        ApiResponse added = api.post("/api/v1/hr-cases/" + reference + "/violations", officer(issuer), """
                {"type": "INJURY_OR_MAIMING", "victims": [{"kind": "INDIVIDUAL", "sex": "MALE", "age": 8}]}""");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        ApiResponse moved = transition(api, officer(issuer), reference, added.header("ETag"), "{\"to\": \"UNDER_INVESTIGATION\"}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        return moved;
    }

    @Test
    void anActNotVerifiedStaysOutOfTheFiguresWhenItsCaseIsVerified() {
        // the live figures (a partner would see only a released quarter, frozen: ADR 0098)
        String reporting = issuer.token("hr.analyst", "HQ", "HR_READ");
        String mrm = "/api/v1/hr-reports/mrm?from=2022-08-01&to=2022-08-31";
        String brief = "/api/v1/hr-reports/quarterly-brief?quarter=2022-Q3";
        long before = killingAndMaiming(api.get(mrm, reporting).json());
        long briefBefore = api.get(brief, reporting).json().get("violations").asLong();

        ApiResponse moved = investigating();
        String reference = moved.json().get("reference").asString();
        assertThat(moved.json().at("/violations/0/verification/outcome").asString()).isEqualTo("PENDING");
        ApiResponse decided = decide(reference, "ACT-2", senior(issuer), moved.header("ETag"), DECIDE.formatted("NOT_VERIFIED"));
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(decided.json().at("/violations/1/verification/outcome").asString()).isEqualTo("NOT_VERIFIED");
        assertThat(decided.json().at("/violations/1/verification/decidedBy").asString()).isEqualTo("hr.senior");
        assertThat(decided.json().at("/actsByOutcome/PENDING").asInt()).isEqualTo(1);

        ApiResponse verified = transition(api, senior(issuer), reference, decided.header("ETag"),
                "{\"to\": \"VERIFIED\", \"standardOfProof\": \"CLEAR_AND_CONVINCING\"}");
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        JsonNode act = verified.json().at("/violations/0/verification");
        assertThat(act.get("outcome").asString()).isEqualTo("VERIFIED");
        assertThat(act.get("standardOfProof").asString()).isEqualTo("CLEAR_AND_CONVINCING");
        assertThat(act.get("late").asBoolean()).isTrue();
        assertThat(verified.json().at("/violations/1/verification/outcome").asString()).isEqualTo("NOT_VERIFIED");
        assertThat(verified.json().at("/actsByOutcome/VERIFIED").asInt()).isEqualTo(1);
        assertThat(verified.json().at("/actsByOutcome/NOT_VERIFIED").asInt()).isEqualTo(1);

        // one child killed counts; the child whose injury was not verified does not
        assertThat(killingAndMaiming(api.get(mrm, reporting).json())).isEqualTo(before + 1);
        assertThat(api.get(brief, reporting).json().get("violations").asLong()).isEqualTo(briefBefore + 1);
        assertThat(api.get("/api/v1/hr-audit/events?action=ACT_VERIFIED&caseReference=" + reference, admin(issuer)).json()
                .toString()).contains("ACT-2 NOT_VERIFIED (REASONABLE_GROUNDS)");

        // back to investigation, every act waits for a decision again
        ApiResponse reported = transition(api, senior(issuer), reference, verified.header("ETag"), "{\"to\": \"REPORTED\"}");
        ApiResponse reopened = api.send("POST", "/api/v1/hr-cases/" + reference + "/reopen", senior(issuer),
                "{\"reason\": \"the injury was confirmed by the clinic\"}", Map.of("If-Match", reported.header("ETag")));
        assertThat(reopened.json().at("/actsByOutcome/PENDING").asInt()).as(reopened.body()).isEqualTo(2);
        assertThat(killingAndMaiming(api.get(mrm, reporting).json())).isEqualTo(before);
        ApiResponse again = transition(api, senior(issuer), reference, reopened.header("ETag"),
                "{\"to\": \"VERIFIED\", \"standardOfProof\": \"REASONABLE_GROUNDS\"}");
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(killingAndMaiming(api.get(mrm, reporting).json())).isEqualTo(before + 2);
    }

    @Test
    void onlyAnotherVerifierDecidesAnActOfACaseUnderInvestigation() {
        ApiResponse created = create(api, officer(issuer), caseBody("MALAKAL", "2022-08-15", uniqueName()));
        String reference = created.json().get("reference").asString();
        String verify = DECIDE.formatted("VERIFIED");
        assertProblem(decide(reference, "ACT-1", senior(issuer), created.header("ETag"), verify), 409);

        ApiResponse moved = transition(api, officer(issuer), reference, created.header("ETag"), "{\"to\": \"UNDER_INVESTIGATION\"}");
        String etag = moved.header("ETag");
        String recorderWithVerify = issuer.token("hr.officer.malakal", "MALAKAL", "HR_READ", "HR_WRITE", "HR_VERIFY");
        assertProblem(decide(reference, "ACT-1", recorderWithVerify, etag, verify), 403);
        assertProblem(decide(reference, "ACT-1", officer(issuer), etag, verify), 403);
        assertProblem(decide(reference, "ACT-1", issuer.token("hr.verifier.juba", "JUBA", "HR_READ", "HR_VERIFY"), etag, verify), 404);
        assertProblem(decide(reference, "ACT-1", null, etag, verify), 401);
        assertProblem(decide(reference, "ACT-9", senior(issuer), etag, verify), 404);
        assertProblem(decide(reference, "ACT-1", senior(issuer), etag, "{\"outcome\": \"VERIFIED\"}"), 400, "standardOfProof");
        assertProblem(decide(reference, "ACT-1", senior(issuer), etag, DECIDE.formatted("PENDING")), 400, "outcome");
        assertProblem(decide(reference, "ACT-1", senior(issuer), etag, DECIDE.formatted("PROBABLY")), 400, "outcome");
        assertProblem(decide(reference, "ACT-1", senior(issuer), "\"0\"", verify), 412);
        assertProblem(decide(reference, "ACT-1", senior(issuer), null, verify), 428);

        ApiResponse unfounded = decide(reference, "ACT-1", senior(issuer), etag, DECIDE.formatted("FOUND_NOT_TO_HAVE_OCCURRED"));
        assertThat(unfounded.status()).as(unfounded.body()).isEqualTo(200);
        ApiResponse refused = transition(api, senior(issuer), reference, unfounded.header("ETag"),
                "{\"to\": \"VERIFIED\", \"standardOfProof\": \"REASONABLE_GROUNDS\"}");
        assertProblem(refused, 409);
        assertThat(refused.json().get("detail").asString()).contains("cannot be VERIFIED");
        assertThat(api.get("/api/v1/hr-cases/" + reference, issuer.token("hr.officer.malakal", "MALAKAL", OFFICER)).json()
                .get("status").asString()).isEqualTo("UNDER_INVESTIGATION");
    }

    private static long killingAndMaiming(JsonNode mrm) {
        for (JsonNode line : mrm.get("lines")) {
            if (line.get("graveViolation").asString().equals("KILLING_AND_MAIMING")) {
                return line.get("verified").asLong();
            }
        }
        throw new AssertionError("no KILLING_AND_MAIMING line in " + mrm);
    }
}
