package org.unmiss.poc.referral;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.unmiss.kit.store.ReferenceDataLoader;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.StandInService;
import org.unmiss.kit.testing.TestIssuer;
import org.unmiss.poc.Fixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The SGBV referral against a real HTTP server standing in for humanrights-service (and for the
 * identity server's token endpoint): while it answers 503 the referral stays PENDING and is
 * retried; once it is back the referral is delivered once. Every attempt carries the service's own
 * token (humanrights-service takes referrals only from poc-site-service's account).
 */
@ServiceTest
class HrReferralTest {

    static final String INTAKE = "/api/v1/hr-cases/referrals";
    static final JsonMapper JSON = JsonMapper.builder().build();
    /** The referrals humanrights-service accepted (those it answered while not failing), as received. */
    static final List<StandInService.Request> ACCEPTED = new CopyOnWriteArrayList<>();
    static final AtomicInteger CASES = new AtomicInteger();
    static final StandInService HUMAN_RIGHTS = StandInService.start().serveTokens().on("POST", INTAKE, request -> {
        ACCEPTED.add(request);
        return StandInService.Reply.json(201, "{\"caseReference\": \"HR-2026-" + String.format("%06d", CASES.incrementAndGet())
                + "\", \"status\": \"RECEIVED\"}");
    });

    @DynamicPropertySource
    static void humanRightsService(DynamicPropertyRegistry registry) {
        registry.add("unmiss.clients.humanrights.url", HUMAN_RIGHTS::url);
        registry.add("unmiss.clients.service-account.token-uri", HUMAN_RIGHTS::tokenUri);
    }

    @AfterAll
    static void stop() {
        HUMAN_RIGHTS.close();
    }

    private static List<String> acceptedAuthorizations() {
        return ACCEPTED.stream().map(StandInService.Request::authorization).toList();
    }

    @Autowired
    ApiClient api;
    @Autowired
    TestIssuer issuer;
    @Autowired
    org.unmiss.kit.feed.ChangeStamps stamps;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ReferenceDataLoader referenceData;

    String jubaWriter;

    @BeforeEach
    void reset() throws Exception {
        Fixtures.reset(mongo, referenceData);
        ACCEPTED.clear();
        HUMAN_RIGHTS.forget();
        HUMAN_RIGHTS.healthy();
        jubaWriter = issuer.token("unpol.officer.juba", "JUBA", "POC_READ", "POC_WRITE");
    }

    private String sgbvIncident() {
        ApiResponse created = api.post("/api/v1/security-incidents", jubaWriter, Fixtures.incident("JUBA-UNH-POC3", "SGBV",
                Fixtures.JUBA_INSIDE_LAT, Fixtures.JUBA_INSIDE_LON, false, "2026-03-01T10:00:00Z"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("reference").asString();
    }

    @Test
    void aReferralIsDeliveredAtOnceWhenHumanRightsServiceIsUp() {
        String reference = sgbvIncident();
        ApiResponse referred = api.post("/api/v1/security-incidents/" + reference + "/hr-referral", jubaWriter,
                "{\"survivorConsent\": true, \"consentNote\": \"Verbal consent, 2026-03-01\"}");
        assertThat(referred.status()).as(referred.body()).isEqualTo(202);
        assertThat(referred.json().get("referral").get("status").asString()).isEqualTo("SENT");
        assertThat(referred.json().get("referral").get("caseReference").asString()).isEqualTo("HR-2026-000001");
        JsonNode body = JSON.readTree(ACCEPTED.get(0).body());
        assertThat(body.get("sourceService").asString()).isEqualTo("poc-site-service");
        assertThat(body.get("sourceReference").asString()).isEqualTo(reference);
        assertThat(body.get("fieldOffice").asString()).isEqualTo("JUBA");
        assertThat(body.get("category").asString()).isEqualTo("SGBV");
        assertThat(body.get("occurredAt").asString()).isEqualTo("2026-03-01T10:00:00Z");
        assertThat(body.get("summary").asString()).doesNotContain("Person A");
        // sent at once, as poc-site-service's own account: the only one humanrights-service accepts referrals from
        assertThat(acceptedAuthorizations()).containsExactly("Bearer " + StandInService.SERVICE_TOKEN);
        assertThat(ACCEPTED.get(0).header("Idempotency-Key")).isEqualTo(reference);
        ApiResponse again = api.post("/api/v1/security-incidents/" + reference + "/hr-referral", jubaWriter,
                "{\"survivorConsent\": true}");
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void aReferralSurvivesHumanRightsServiceBeingDownAndIsDeliveredOnceItIsBack() {
        HUMAN_RIGHTS.failWith(503);
        String reference = sgbvIncident();
        ApiResponse referred = api.post("/api/v1/security-incidents/" + reference + "/hr-referral", jubaWriter,
                "{\"survivorConsent\": true}");
        assertThat(referred.status()).as(referred.body()).isEqualTo(202);
        assertThat(referred.json().get("referral").get("status").asString()).isEqualTo("PENDING");
        // retried in the background while the service stays down, and still pending, with the reason
        // (read back, not from the answer above: the scheduled retry may claim the referral first)
        await().atMost(Duration.ofSeconds(10)).until(() -> HUMAN_RIGHTS.requests(INTAKE).size() >= 3);
        JsonNode pending = api.get("/api/v1/security-incidents/" + reference, jubaWriter).json();
        assertThat(pending.get("referral").get("status").asString()).isEqualTo("PENDING");
        assertThat(pending.get("referral").get("attempts").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(pending.get("referral").get("lastError").asString()).contains("503");

        HUMAN_RIGHTS.healthy();
        await().atMost(Duration.ofSeconds(20)).until(() ->
                "SENT".equals(api.get("/api/v1/security-incidents/" + reference, jubaWriter).json()
                        .get("referral").get("status").asString()));
        JsonNode sent = api.get("/api/v1/security-incidents/" + reference, jubaWriter).json();
        assertThat(sent.get("referral").get("caseReference").asString()).startsWith("HR-2026-");
        assertThat(ACCEPTED).hasSize(1);
        // retried in the background, where no user is present: as the platform's own client
        assertThat(acceptedAuthorizations()).containsExactly("Bearer " + StandInService.SERVICE_TOKEN);
    }

    @Test
    void theOutboxsUpdatesMoveTheIncidentInTheChangeFeed() {
        HUMAN_RIGHTS.failWith(503);
        String reference = sgbvIncident();
        assertThat(api.post("/api/v1/security-incidents/" + reference + "/hr-referral", jubaWriter,
                "{\"survivorConsent\": true}").status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(10)).until(() -> HUMAN_RIGHTS.requests(INTAKE).size() >= 1);
        // from here only the outbox writes the incident, with updates of its own rather than saves
        String feed = "/api/v1/security-incidents?updatedSince=" + org.unmiss.kit.testing.ChangeFeedWalk.since(stamps);
        HUMAN_RIGHTS.healthy();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode changed = api.get(feed, jubaWriter).json().get("content");
            assertThat(changed.findValuesAsString("reference")).containsExactly(reference);
            assertThat(changed.get(0).get("referral").get("status").asString()).isEqualTo("SENT");
        });
    }
}
