package org.unmiss.humanrights.hrcase;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unmiss.humanrights.HrFixtures.caseBody;
import static org.unmiss.humanrights.HrFixtures.create;
import static org.unmiss.humanrights.HrFixtures.officer;
import static org.unmiss.humanrights.HrFixtures.senior;
import static org.unmiss.humanrights.HrFixtures.transition;
import static org.unmiss.humanrights.HrFixtures.uniqueName;
import static org.unmiss.humanrights.hrcase.CaseApiTest.assertProblem;

@ServiceTest
class WorkflowApiTest {

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;

    @Test
    void movesThroughVerificationWithWhoWhenAndStandardOfProof() {
        ApiResponse created = create(api, officer(issuer), caseBody("MALAKAL", "2025-01-15", uniqueName()));
        String reference = created.json().get("reference").asString();

        ApiResponse investigating = transition(api, officer(issuer), reference, created.header("ETag"), "{\"to\": \"UNDER_INVESTIGATION\"}");
        assertThat(investigating.status()).as(investigating.body()).isEqualTo(200);
        assertThat(investigating.header("ETag")).isEqualTo("\"1\"");

        assertProblem(transition(api, senior(issuer), reference, investigating.header("ETag"), "{\"to\": \"VERIFIED\"}"), 400,
                "standardOfProof");
        ApiResponse verified = transition(api, senior(issuer), reference, investigating.header("ETag"),
                "{\"to\": \"VERIFIED\", \"standardOfProof\": \"REASONABLE_GROUNDS\", \"note\": \"two independent sources\"}");
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        assertThat(verified.json().get("status").asString()).isEqualTo("VERIFIED");
        // January 2025 verified now: long after the end of 2025-Q1.
        assertThat(verified.json().get("lateVerification").asBoolean()).isTrue();
        assertThat(verified.json().at("/history/1/by").asString()).isEqualTo("hr.senior");
        assertThat(verified.json().at("/history/1/standardOfProof").asString()).isEqualTo("REASONABLE_GROUNDS");
        assertThat(verified.json().at("/history/1/from").asString()).isEqualTo("UNDER_INVESTIGATION");
        assertThat(verified.json().at("/history/1/note").asString()).isEqualTo("two independent sources");
        assertThat(verified.json().get("verifiedAt").isNull()).isFalse();

        ApiResponse reported = transition(api, senior(issuer), reference, verified.header("ETag"), "{\"to\": \"REPORTED\"}");
        assertThat(reported.status()).isEqualTo(200);
        ApiResponse closed = transition(api, senior(issuer), reference, reported.header("ETag"), "{\"to\": \"CLOSED\"}");
        assertThat(closed.status()).isEqualTo(200);
        assertProblem(transition(api, senior(issuer), reference, closed.header("ETag"), "{\"to\": \"UNDER_INVESTIGATION\"}"), 409);
    }

    @Test
    void refusesIllegalMovesWrongRolesAndStaleVersions() {
        ApiResponse created = create(api, officer(issuer), caseBody("MALAKAL", "2026-03-01", uniqueName()));
        String reference = created.json().get("reference").asString();

        assertProblem(transition(api, senior(issuer), reference, created.header("ETag"),
                "{\"to\": \"VERIFIED\", \"standardOfProof\": \"REASONABLE_GROUNDS\"}"), 409);
        assertProblem(transition(api, officer(issuer), reference, null, "{\"to\": \"UNDER_INVESTIGATION\"}"), 428);
        assertProblem(transition(api, officer(issuer), reference, "\"7\"", "{\"to\": \"UNDER_INVESTIGATION\"}"), 412);
        assertProblem(transition(api, officer(issuer), reference, created.header("ETag"), "{\"to\": \"SOLVED\"}"), 400, "to");

        ApiResponse investigating = transition(api, officer(issuer), reference, created.header("ETag"), "{\"to\": \"UNDER_INVESTIGATION\"}");
        String etag = investigating.header("ETag");
        ApiResponse withoutVerify = transition(api, officer(issuer), reference, etag,
                "{\"to\": \"VERIFIED\", \"standardOfProof\": \"REASONABLE_GROUNDS\"}");
        assertProblem(withoutVerify, 403);
        assertThat(withoutVerify.json().get("detail").asString()).contains("HR_VERIFY");

        String selfVerifier = issuer.token("hr.officer.malakal", "MALAKAL", "HR_READ", "HR_WRITE", "HR_VERIFY");
        ApiResponse ownCase = transition(api, selfVerifier, reference, etag,
                "{\"to\": \"VERIFIED\", \"standardOfProof\": \"REASONABLE_GROUNDS\"}");
        assertProblem(ownCase, 403);
        assertThat(ownCase.json().get("detail").asString()).contains("recorded");

        ApiResponse unfounded = transition(api, senior(issuer), reference, etag,
                "{\"to\": \"FOUND_NOT_TO_HAVE_OCCURRED\", \"standardOfProof\": \"REASONABLE_GROUNDS\"}");
        assertThat(unfounded.status()).isEqualTo(200);
        assertThat(unfounded.json().get("lateVerification").asBoolean()).isFalse();
        ApiResponse addAct = api.post("/api/v1/hr-cases/" + reference + "/violations", officer(issuer),
                "{\"type\": \"TORTURE\"}");
        assertProblem(addAct, 409);
    }
}
