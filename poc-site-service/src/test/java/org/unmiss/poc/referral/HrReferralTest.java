package org.unmiss.poc.referral;

import com.sun.net.httpserver.HttpServer;
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
import org.unmiss.kit.testing.TestIssuer;
import org.unmiss.poc.Fixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
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

    static final HumanRightsStub HUMAN_RIGHTS = HumanRightsStub.start();

    @DynamicPropertySource
    static void humanRightsService(DynamicPropertyRegistry registry) {
        registry.add("unmiss.clients.humanrights.url", HUMAN_RIGHTS::url);
        registry.add("unmiss.clients.service-account.token-uri", () -> HUMAN_RIGHTS.url() + "/token");
    }

    @AfterAll
    static void stop() {
        HUMAN_RIGHTS.server.stop(0);
    }

    @Autowired
    ApiClient api;
    @Autowired
    TestIssuer issuer;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ReferenceDataLoader referenceData;

    String jubaWriter;

    @BeforeEach
    void reset() throws Exception {
        Fixtures.reset(mongo, referenceData);
        HUMAN_RIGHTS.received.clear();
        HUMAN_RIGHTS.authorizations.clear();
        HUMAN_RIGHTS.idempotencyKeys.clear();
        HUMAN_RIGHTS.up.set(true);
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
        JsonNode body = HUMAN_RIGHTS.received.get(0);
        assertThat(body.get("sourceService").asString()).isEqualTo("poc-site-service");
        assertThat(body.get("sourceReference").asString()).isEqualTo(reference);
        assertThat(body.get("fieldOffice").asString()).isEqualTo("JUBA");
        assertThat(body.get("category").asString()).isEqualTo("SGBV");
        assertThat(body.get("occurredAt").asString()).isEqualTo("2026-03-01T10:00:00Z");
        assertThat(body.get("summary").asString()).doesNotContain("Person A");
        // sent at once, as poc-site-service's own account: the only one humanrights-service accepts referrals from
        assertThat(HUMAN_RIGHTS.authorizations).containsExactly("Bearer service-account-token");
        assertThat(HUMAN_RIGHTS.idempotencyKeys).contains(reference);
        ApiResponse again = api.post("/api/v1/security-incidents/" + reference + "/hr-referral", jubaWriter,
                "{\"survivorConsent\": true}");
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void aReferralSurvivesHumanRightsServiceBeingDownAndIsDeliveredOnceItIsBack() {
        HUMAN_RIGHTS.up.set(false);
        String reference = sgbvIncident();
        ApiResponse referred = api.post("/api/v1/security-incidents/" + reference + "/hr-referral", jubaWriter,
                "{\"survivorConsent\": true}");
        assertThat(referred.status()).as(referred.body()).isEqualTo(202);
        assertThat(referred.json().get("referral").get("status").asString()).isEqualTo("PENDING");
        assertThat(referred.json().get("referral").get("lastError").asString()).isNotBlank();
        // retried in the background while the service stays down, and still pending
        await().atMost(Duration.ofSeconds(10)).until(() -> HUMAN_RIGHTS.refused.get() >= 3);
        JsonNode pending = api.get("/api/v1/security-incidents/" + reference, jubaWriter).json();
        assertThat(pending.get("referral").get("status").asString()).isEqualTo("PENDING");
        assertThat(pending.get("referral").get("attempts").asInt()).isGreaterThanOrEqualTo(2);

        HUMAN_RIGHTS.up.set(true);
        await().atMost(Duration.ofSeconds(20)).until(() ->
                "SENT".equals(api.get("/api/v1/security-incidents/" + reference, jubaWriter).json()
                        .get("referral").get("status").asString()));
        JsonNode sent = api.get("/api/v1/security-incidents/" + reference, jubaWriter).json();
        assertThat(sent.get("referral").get("caseReference").asString()).startsWith("HR-2026-");
        assertThat(HUMAN_RIGHTS.received).hasSize(1);
        // retried in the background, where no user is present: as the platform's own client
        assertThat(HUMAN_RIGHTS.authorizations).containsExactly("Bearer service-account-token");
    }

    /** humanrights-service's referral intake and a token endpoint, on a real loopback socket. */
    static final class HumanRightsStub {
        final HttpServer server;
        final AtomicBoolean up = new AtomicBoolean(true);
        final AtomicInteger refused = new AtomicInteger();
        final AtomicInteger cases = new AtomicInteger();
        final List<JsonNode> received = new CopyOnWriteArrayList<>();
        final List<String> authorizations = new CopyOnWriteArrayList<>();
        final List<String> idempotencyKeys = new CopyOnWriteArrayList<>();

        private HumanRightsStub(HttpServer server) {
            this.server = server;
        }

        static HumanRightsStub start() {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
                HumanRightsStub stub = new HumanRightsStub(server);
                JsonMapper json = JsonMapper.builder().build();
                server.createContext("/token", exchange -> respond(exchange, 200,
                        "{\"access_token\": \"service-account-token\", \"expires_in\": 300, \"token_type\": \"Bearer\"}"));
                server.createContext("/api/v1/hr-cases/referrals", exchange -> {
                    byte[] body = exchange.getRequestBody().readAllBytes();
                    if (!stub.up.get()) {
                        stub.refused.incrementAndGet();
                        respond(exchange, 503, "{\"title\": \"Temporarily unavailable\"}");
                        return;
                    }
                    stub.received.add(json.readTree(new String(body, StandardCharsets.UTF_8)));
                    stub.authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
                    stub.idempotencyKeys.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
                    respond(exchange, 201, "{\"caseReference\": \"HR-2026-" + String.format("%06d", stub.cases.incrementAndGet())
                            + "\", \"status\": \"RECEIVED\"}");
                });
                server.start();
                return stub;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        private static void respond(com.sun.net.httpserver.HttpExchange exchange, int status, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
