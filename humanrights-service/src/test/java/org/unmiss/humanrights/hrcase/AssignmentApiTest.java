package org.unmiss.humanrights.hrcase;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
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
 * A case's assigned officer (a person the service has seen in a signed token), the "my cases" and "waiting for my
 * verification" queues, and activities recorded on a case, through the API on the embedded store.
 */
@ServiceTest
class AssignmentApiTest {

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;

    @Autowired
    MongoTemplate mongo;

    private ApiResponse assign(String reference, String token, String etag, String assignee) {
        return api.send("PUT", "/api/v1/hr-cases/" + reference + "/assignment", token, "{\"assignee\": \"" + assignee + "\"}",
                etag == null ? Map.of() : Map.of("If-Match", etag));
    }

    private static List<String> references(ApiResponse page) {
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        List<String> references = new ArrayList<>();
        page.json().get("content").forEach(c -> references.add(c.get("reference").asString()));
        return references;
    }

    @Test
    void anOfficerTakesACaseASeniorGivesItToAnotherAndEachSeesTheirOwnCases() {
        String second = issuer.token("hr.second.malakal", "MALAKAL", OFFICER);
        String jubaOfficer = issuer.token("hr.assignee.juba", "JUBA", OFFICER);
        String readerOnly = issuer.token("hr.reader.only", "MALAKAL", "HR_READ");
        // each is seen once by calling the service
        api.get("/api/v1/hr-cases?size=1", second);
        api.get("/api/v1/hr-cases?size=1", jubaOfficer);
        api.get("/api/v1/hr-cases?size=1", readerOnly);
        ApiResponse created = create(api, officer(issuer), caseBody("MALAKAL", "2026-02-06", uniqueName()));
        String reference = created.json().get("reference").asString();

        ApiResponse taken = assign(reference, officer(issuer), created.header("ETag"), "hr.officer.malakal");
        assertThat(taken.status()).as(taken.body()).isEqualTo(200);
        assertThat(taken.json().get("assignedTo").asString()).isEqualTo("hr.officer.malakal");
        assertThat(taken.json().get("assignedBy").asString()).isEqualTo("hr.officer.malakal");
        assertThat(references(api.get("/api/v1/hr-cases?assignedTo=me&size=200", officer(issuer)))).contains(reference);
        assertThat(references(api.get("/api/v1/hr-cases?assignedTo=me&size=200", second))).doesNotContain(reference);
        String etag = taken.header("ETag");

        assertProblem(assign(reference, officer(issuer), etag, "hr.second.malakal"), 403);
        assertProblem(assign(reference, senior(issuer), etag, "never.signed.in"), 400, "assignee");
        assertProblem(assign(reference, senior(issuer), etag, "hr.assignee.juba"), 400, "assignee");
        assertProblem(assign(reference, senior(issuer), etag, "hr.reader.only"), 400, "assignee");
        assertProblem(assign(reference, senior(issuer), etag, "not a username"), 400, "assignee");
        assertProblem(assign(reference, senior(issuer), "\"0\"", "hr.second.malakal"), 412);
        assertProblem(assign(reference, senior(issuer), null, "hr.second.malakal"), 428);
        assertProblem(assign(reference, issuer.token("hr.senior.juba", "JUBA", "HR_READ", "HR_WRITE", "HR_VERIFY"), etag,
                "hr.second.malakal"), 404);
        assertProblem(assign(reference, readerOnly, etag, "hr.reader.only"), 403);
        assertProblem(assign(reference, null, etag, "hr.second.malakal"), 401);

        ApiResponse given = assign(reference, senior(issuer), etag, "hr.second.malakal");
        assertThat(given.status()).as(given.body()).isEqualTo(200);
        assertThat(given.json().get("assignedBy").asString()).isEqualTo("hr.senior");
        assertThat(references(api.get("/api/v1/hr-cases?assignedTo=me&size=200", second))).contains(reference);
        assertThat(references(api.get("/api/v1/hr-cases?assignedTo=me&size=200", officer(issuer)))).doesNotContain(reference);
        assertThat(references(api.get("/api/v1/hr-cases?assignedTo=hr.second.malakal&size=200", senior(issuer)))).contains(reference);
        assertProblem(api.get("/api/v1/hr-cases?assignedTo=x%20y", senior(issuer)), 400, "assignedTo");
        JsonNode audit = api.get("/api/v1/hr-audit/events?action=CASE_ASSIGNED&caseReference=" + reference, admin(issuer)).json();
        assertThat(audit.get("totalElements").asInt()).isEqualTo(2);
        assertThat(audit.toString()).contains("to hr.second.malakal");
    }

    @Test
    void theVerificationQueueHoldsCasesUnderInvestigationInMyOfficeThatSomeoneElseRecorded() {
        ApiResponse created = create(api, officer(issuer), caseBody("MALAKAL", "2026-02-07", uniqueName()));
        String reference = created.json().get("reference").asString();
        String queue = "/api/v1/hr-cases/queues/verification?size=200";
        assertThat(references(api.get(queue, senior(issuer)))).doesNotContain(reference);

        transition(api, officer(issuer), reference, created.header("ETag"), "{\"to\": \"UNDER_INVESTIGATION\"}");
        assertThat(references(api.get(queue, senior(issuer)))).contains(reference);
        String malakalVerifier = issuer.token("hr.verifier.malakal", "MALAKAL", "HR_READ", "HR_WRITE", "HR_VERIFY");
        assertThat(references(api.get(queue, malakalVerifier))).contains(reference);
        String recorderWithVerify = issuer.token("hr.officer.malakal", "MALAKAL", "HR_READ", "HR_WRITE", "HR_VERIFY");
        assertThat(references(api.get(queue, recorderWithVerify))).doesNotContain(reference);
        String jubaVerifier = issuer.token("hr.verifier.juba", "JUBA", "HR_READ", "HR_WRITE", "HR_VERIFY");
        assertThat(references(api.get(queue, jubaVerifier))).doesNotContain(reference);
        assertProblem(api.get(queue, officer(issuer)), 403);
        assertProblem(api.get(queue, null), 401);
    }

    @Test
    void activitiesAreRecordedWithDateOutcomeAndRecorderAndTheOutcomeIsSealed() {
        ApiResponse created = create(api, officer(issuer), caseBody("MALAKAL", "2026-02-08", uniqueName()));
        String reference = created.json().get("reference").asString();
        String path = "/api/v1/hr-cases/" + reference + "/activities";
        String outcome = "Commissioner agreed to release the detainees " + System.nanoTime() % 100000;

        ApiResponse recorded = api.post(path, officer(issuer), """
                {"type": "INTERVENTION_WITH_AUTHORITIES", "date": "2026-02-10", "outcome": "%s"}""".formatted(outcome));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(recorded.json().get("number").asInt()).isEqualTo(1);
        assertThat(recorded.json().get("outcome").asString()).isEqualTo(outcome);
        assertThat(recorded.json().get("recordedBy").asString()).isEqualTo("hr.officer.malakal");
        ApiResponse interview = api.post(path, senior(issuer), "{\"type\": \"INTERVIEW\", \"date\": \"2026-02-09\", \"outcome\": \"o\"}");
        assertThat(interview.json().get("number").asInt()).isEqualTo(2);

        ApiResponse listed = api.get(path, senior(issuer));
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().size()).isEqualTo(2);
        assertThat(listed.json().at("/0/type").asString()).isEqualTo("INTERVENTION_WITH_AUTHORITIES");
        assertThat(listed.json().at("/0/date").asString()).isEqualTo("2026-02-10");
        assertThat(listed.json().at("/1/recordedBy").asString()).isEqualTo("hr.senior");
        ApiResponse withheld = api.get(path, issuer.token("hr.reader.malakal", "MALAKAL", "HR_READ"));
        assertThat(withheld.json().at("/0/outcome").isNull()).isTrue();
        assertThat(withheld.body()).doesNotContain(outcome);
        assertThat(mongo.getCollection("hr_cases").find(new Document("_id", reference)).first().toJson()).doesNotContain(outcome);

        assertProblem(api.post(path, officer(issuer), "{\"type\": \"INTERVIEW\", \"date\": \"2999-01-01\", \"outcome\": \"o\"}"),
                400, "date");
        assertProblem(api.post(path, officer(issuer), "{\"type\": \"GOSSIP\", \"date\": \"2026-02-09\", \"outcome\": \"o\"}"),
                400, "type");
        assertProblem(api.post(path, officer(issuer), "{\"type\": \"INTERVIEW\", \"date\": \"2026-02-09\"}"), 400, "outcome");
        assertProblem(api.post(path, issuer.token("hr.reader.malakal", "MALAKAL", "HR_READ"),
                "{\"type\": \"INTERVIEW\", \"date\": \"2026-02-09\", \"outcome\": \"o\"}"), 403);
        assertProblem(api.post(path, issuer.token("hr.officer.juba", "JUBA", OFFICER),
                "{\"type\": \"INTERVIEW\", \"date\": \"2026-02-09\", \"outcome\": \"o\"}"), 404);
        assertProblem(api.get(path, issuer.token("hr.officer.juba", "JUBA", OFFICER)), 404);
        assertProblem(api.post(path, null, "{\"type\": \"INTERVIEW\", \"date\": \"2026-02-09\", \"outcome\": \"o\"}"), 401);
        assertThat(api.get("/api/v1/hr-audit/events?action=ACTIVITY_RECORDED&caseReference=" + reference, admin(issuer)).json()
                .get("totalElements").asInt()).isEqualTo(2);
    }
}
