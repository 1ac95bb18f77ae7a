package org.unmiss.humanrights.hrcase;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unmiss.humanrights.HrFixtures.SENIOR;
import static org.unmiss.humanrights.HrFixtures.senior;
import static org.unmiss.humanrights.HrFixtures.transition;
import static org.unmiss.humanrights.hrcase.CaseApiTest.assertProblem;

/**
 * SGBV referrals from poc-site-service, against a real HTTP stand-in for poc-site-service: only its
 * own service account may refer its incidents, each one is checked with it, one case per incident
 * however often (or however concurrently) it is retried, and a different referral under a key
 * already taken is a 409 that says nothing about the case behind it.
 */
@ServiceTest
class IntakeApiTest {

    static final PocSiteStub POC_SITE = PocSiteStub.start();
    static final AtomicInteger INCIDENTS = new AtomicInteger();
    static final String OCCURRED_AT = "2026-02-14T21:30:00Z";

    @DynamicPropertySource
    static void pocSiteService(DynamicPropertyRegistry registry) {
        registry.add("unmiss.clients.poc-site.url", POC_SITE::url);
        registry.add("unmiss.clients.service-account.token-uri", POC_SITE.server::tokenUri);
    }

    @AfterAll
    static void stop() {
        POC_SITE.server.close();
    }

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;

    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void reset() {
        POC_SITE.server.healthy();
    }

    /** poc-site-service's own account, as Keycloak issues its client-credentials tokens. */
    private String pocSiteService() {
        return issuer.serviceAccountToken("poc-site-service", "HQ", "HR_REFERRAL");
    }

    /** An incident poc-site-service knows, unique per test (the store is shared). */
    private static String incident(String office, String category) {
        String reference = "SI-2026-" + String.format("%06d", 200000 + INCIDENTS.incrementAndGet());
        POC_SITE.add(reference, office, category, OCCURRED_AT);
        return reference;
    }

    private static String referral(String sourceReference, String office, String category) {
        return referral(sourceReference, office, category, OCCURRED_AT);
    }

    private static String referral(String sourceReference, String office, String category, String occurredAt) {
        return """
                {"sourceService": "poc-site-service", "sourceReference": "%s", "fieldOffice": "%s",
                 "occurredAt": "%s", "category": "%s",
                 "summary": "SGBV incident at PoC site, severity HIGH, people involved: 1"}
                """.formatted(sourceReference, office, occurredAt, category);
    }

    private long casesUnder(String sourceReference) {
        return mongo.getCollection("hr_cases").countDocuments(new Document("intakeKey", "poc-site-service/" + sourceReference));
    }

    @Test
    void anIntakeIsAuditedByCodesAndLengthsOnly() {
        String sourceReference = incident("MALAKAL", "SGBV");
        ApiResponse created = api.post("/api/v1/hr-cases/referrals", pocSiteService(), referral(sourceReference, "MALAKAL", "SGBV"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String reference = created.json().get("caseReference").asString();
        ApiResponse log = api.get("/api/v1/hr-audit/events?caseReference=" + reference + "&action=REFERRAL_RECEIVED",
                org.unmiss.humanrights.HrFixtures.admin(issuer));
        // the source reference and service are the caller's text: only their lengths are kept; the summary not at all
        assertThat(log.json().at("/content/0/detail").asString())
                .isEqualTo("from service=16 chars, sourceReference=" + sourceReference.length() + " chars, category SGBV");
        assertThat(log.body()).doesNotContain(sourceReference).doesNotContain("severity HIGH");
    }

    @Test
    void opensOneCasePerReferralHoweverOftenItIsRetried() {
        String sourceReference = incident("MALAKAL", "SGBV");

        ApiResponse first = api.post("/api/v1/hr-cases/referrals", pocSiteService(), referral(sourceReference, "MALAKAL", "SGBV"));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        String reference = first.json().get("caseReference").asString();
        assertThat(reference).matches("HR-\\d{4}-\\d{6}");
        ApiResponse retry = api.post("/api/v1/hr-cases/referrals", pocSiteService(), referral(sourceReference, "MALAKAL", "SGBV"));
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().get("caseReference").asString()).isEqualTo(reference);
        assertThat(casesUnder(sourceReference)).isEqualTo(1);
        // checked with poc-site-service as this service's own account (the referrer is a service, not a person)
        assertThat(POC_SITE.authorizations()).contains("Bearer service-account-token");

        ApiResponse hrView = api.get("/api/v1/hr-cases/" + reference, senior(issuer));
        assertThat(hrView.json().get("status").asString()).isEqualTo("RECEIVED");
        assertThat(hrView.json().get("confidentiality").asString()).isEqualTo("STRICTLY_CONFIDENTIAL");
        assertThat(hrView.json().at("/origin/sourceReference").asString()).isEqualTo(sourceReference);
        assertThat(hrView.json().at("/tags").toString()).contains("SGBV", "REFERRAL");
        assertThat(hrView.json().at("/occurredFrom/date").asString()).isEqualTo("2026-02-14");
        assertThat(hrView.json().get("createdBy").asString()).isEqualTo("service-account-poc-site-service");
    }

    @Test
    void onlyPocSiteServicesOwnAccountCanClaimItsKeys() {
        String sourceReference = incident("BENTIU", "SGBV");
        String body = referral(sourceReference, "BENTIU", "SGBV");
        // a person, whatever roles they hold, and another service's account: neither may squat the key
        String officer = issuer.token("unpol.officer.bentiu", "BENTIU", "POC_READ", "POC_WRITE", "HR_WRITE", "HR_REFERRAL");
        assertProblem(api.post("/api/v1/hr-cases/referrals", officer, body), 403);
        assertProblem(api.post("/api/v1/hr-cases/referrals", issuer.serviceAccountToken("mission-services", "HQ", "HR_REFERRAL"),
                body), 403);
        assertProblem(api.post("/api/v1/hr-cases/referrals", issuer.serviceAccountToken("poc-site-service", "HQ", "POC_WRITE"),
                body), 403);
        assertThat(casesUnder(sourceReference)).isZero();
        assertProblem(api.post("/api/v1/hr-cases/referrals", pocSiteService(),
                body.replace("\"poc-site-service\"", "\"gender-service\"")), 400, "sourceService");

        ApiResponse real = api.post("/api/v1/hr-cases/referrals", pocSiteService(), body);
        assertThat(real.status()).as(real.body()).isEqualTo(201);
    }

    @Test
    void aRepeatWithAnotherOfficeDateOrCategoryIsA409RevealingNothing() {
        String sourceReference = incident("MALAKAL", "SGBV");
        ApiResponse first = api.post("/api/v1/hr-cases/referrals", pocSiteService(), referral(sourceReference, "MALAKAL", "SGBV"));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        String reference = first.json().get("caseReference").asString();

        for (String other : List.of(referral(sourceReference, "BENTIU", "SGBV"), referral(sourceReference, "MALAKAL", "RAPE"),
                referral(sourceReference, "MALAKAL", "SGBV", "2026-02-13T21:30:00Z"))) {
            ApiResponse repeat = api.post("/api/v1/hr-cases/referrals", pocSiteService(), other);
            assertProblem(repeat, 409);
            assertThat(repeat.body()).doesNotContain(reference, "MALAKAL", "HR-").doesNotContain("caseReference");
            assertThat(repeat.header("Location")).isNull();
        }
        assertThat(casesUnder(sourceReference)).isEqualTo(1);
    }

    @Test
    void theIncidentIsCheckedWithPocSiteServiceBeforeAnythingIsRecorded() {
        assertProblem(api.post("/api/v1/hr-cases/referrals", pocSiteService(), referral("SI-2026-999999", "MALAKAL", "SGBV")),
                400, "sourceReference");
        assertThat(casesUnder("SI-2026-999999")).isZero();

        String sourceReference = incident("BENTIU", "SGBV");
        ApiResponse mismatch = api.post("/api/v1/hr-cases/referrals", pocSiteService(),
                referral(sourceReference, "MALAKAL", "RAPE", "2026-01-01T00:00:00Z"));
        assertProblem(mismatch, 400, "fieldOffice", "category", "occurredAt");

        POC_SITE.server.failWith(503);
        ApiResponse down = api.post("/api/v1/hr-cases/referrals", pocSiteService(), referral(sourceReference, "BENTIU", "SGBV"));
        assertProblem(down, 503);
        assertThat(casesUnder(sourceReference)).isZero();
        assertProblem(api.post("/api/v1/hr-cases/referrals", pocSiteService(), referral("POC-INC-42", "BENTIU", "SGBV")), 400,
                "sourceReference");
    }

    @Test
    void parallelDuplicatesOpenExactlyOneCase() throws Exception {
        String sourceReference = incident("BENTIU", "RAPE");
        String same = referral(sourceReference, "BENTIU", "RAPE");
        // a different referral under the same key, racing the real one: never a second case
        String other = referral(sourceReference, "BENTIU", "SGBV");
        List<String> bodies = List.of(same, same, same, same, same, same, other, other);
        List<ApiResponse> answers = inParallel(bodies);

        Set<String> references = new HashSet<>();
        int created = 0;
        for (int i = 0; i < answers.size(); i++) {
            ApiResponse response = answers.get(i);
            if (bodies.get(i).equals(same)) {
                assertThat(response.status()).as(response.body()).isIn(200, 201);
                created += response.status() == 201 ? 1 : 0;
                references.add(response.json().get("caseReference").asString());
            } else {
                // refused either by poc-site-service's check (400) or by the key already taken (409)
                assertThat(response.status()).as(response.body()).isIn(400, 409);
                assertThat(response.body()).doesNotContain("HR-");
            }
        }
        assertThat(created).isEqualTo(1);
        assertThat(references).hasSize(1);
        assertThat(casesUnder(sourceReference)).isEqualTo(1);
    }

    /** Sends every body at once from its own thread, released together so they race for the intake key. */
    private List<ApiResponse> inParallel(List<String> bodies) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(bodies.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            String token = pocSiteService();
            List<Future<ApiResponse>> calls = new ArrayList<>();
            for (String body : bodies) {
                calls.add(threads.submit(() -> {
                    start.await();
                    return api.post("/api/v1/hr-cases/referrals", token, body);
                }));
            }
            start.countDown();
            List<ApiResponse> answers = new ArrayList<>();
            for (Future<ApiResponse> call : calls) {
                answers.add(call.get(30, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aCaseAServiceOpenedIsVerifiedOnlyByAHumanOfficer() {
        String sourceReference = incident("MALAKAL", "SGBV");
        ApiResponse opened = api.post("/api/v1/hr-cases/referrals", pocSiteService(), referral(sourceReference, "MALAKAL", "SGBV"));
        String reference = opened.json().get("caseReference").asString();
        String etag = api.get("/api/v1/hr-cases/" + reference, senior(issuer)).header("ETag");
        ApiResponse investigating = transition(api, senior(issuer), reference, etag, "{\"to\": \"UNDER_INVESTIGATION\"}");
        assertThat(investigating.status()).as(investigating.body()).isEqualTo(200);
        String verify = "{\"to\": \"VERIFIED\", \"standardOfProof\": \"REASONABLE_GROUNDS\"}";

        // a service account, even one wrongly given the verifier's roles, decides nothing
        for (String client : List.of("poc-site-service", "mission-services")) {
            ApiResponse refused = transition(api, issuer.serviceAccountToken(client, "HQ", SENIOR), reference,
                    investigating.header("ETag"), verify);
            assertProblem(refused, 403);
            assertThat(refused.json().get("detail").asString()).contains("human");
        }
        ApiResponse verified = transition(api, issuer.token("hr.senior.two", "HQ", SENIOR), reference,
                investigating.header("ETag"), verify);
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
    }

    @Test
    void refusesReferralsItCannotFileAndCallersWithoutTheRole() {
        assertProblem(api.post("/api/v1/hr-cases/referrals", pocSiteService(), referral(incident("BENTIU", "THEFT"), "BENTIU", "THEFT")),
                400, "category");
        assertProblem(api.post("/api/v1/hr-cases/referrals", pocSiteService(), referral(incident("BENTIU", "SGBV"), "NOWHERE", "SGBV")),
                400, "fieldOffice");
        assertProblem(api.post("/api/v1/hr-cases/referrals", pocSiteService(), "{\"sourceService\": \"poc-site-service\"}"), 400,
                "sourceReference", "fieldOffice", "occurredAt", "category", "summary");
        assertProblem(api.post("/api/v1/hr-cases/referrals", issuer.token("x", "HQ", "POC_READ"),
                referral(incident("BENTIU", "SGBV"), "BENTIU", "SGBV")), 403);
    }
}
