package org.unmiss.kit.sample;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.EmbeddedStore;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store going away is answered the right way: 503 problem+json with Retry-After within seconds
 * (not after the driver's 30 s default, not a hang), health DOWN within seconds, and a write in
 * flight when the store dies gets a 503 that says its outcome is unknown, never a 500. The service
 * reaches its own store through a {@link StoreLink} the tests stall or cut.
 */
@ServiceTest
@TestPropertySource(properties = "unmiss.store.socket-timeout=3s")
class StoreOutageTest {

    private static final EmbeddedStore store = EmbeddedStore.start();
    private static final StoreLink link = StoreLink.to(store.connectionString());

    /** "Within a few seconds": the kit's 2 s server selection plus slack for a loaded 2-core machine. */
    private static final Duration PROMPTLY = Duration.ofSeconds(6);
    /** A hung store: the socket timeout set here (3 s), twice for a retried read; the driver's default is none. */
    private static final Duration HUNG_STORE_BOUND = Duration.ofSeconds(12);

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;

    String writer;

    @DynamicPropertySource
    static void throughTheLink(DynamicPropertyRegistry registry) {
        registry.add(EmbeddedStore.URI_PROPERTY, link::connectionString);
    }

    @BeforeEach
    void storeUp() {
        writer = issuer.token("writer", "HQ", "WIDGET_WRITE", "WIDGET_READ");
        assertThat(api.get("/api/v1/widgets", writer).status()).isEqualTo(200);
        assertThat(link.accepted()).as("the service reaches its store through the link").isPositive();
    }

    @AfterEach
    void storeBack() {
        link.pass();
        await(() -> api.get("/actuator/health", null).status() == 200, Duration.ofSeconds(20));
    }

    @AfterAll
    static void closeStore() {
        link.close();
        store.close();
    }

    @Test
    void aReadWhileTheStoreIsUnreachableGets503WithRetryAfterWithinSeconds() {
        link.cut();
        long started = System.nanoTime();
        ApiResponse response = api.get("/api/v1/widgets", writer);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertUnavailable(response);
        assertThat(took).isLessThan(PROMPTLY);
    }

    @Test
    void healthTurnsDownWithinSecondsAndStaysDownWhileTheStoreIsAway() {
        link.cut();
        // The first check may fail at once on a dropped connection; the later ones must wait for a store.
        for (int check = 0; check < 3; check++) {
            long started = System.nanoTime();
            ApiResponse health = api.get("/actuator/health", null);
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(health.status()).as(health.body()).isEqualTo(503);
            assertThat(health.body()).contains("DOWN");
            assertThat(took).as("health check " + check).isLessThan(PROMPTLY);
        }
    }

    @Test
    void aWriteInFlightWhenTheStoreDiesGets503SayingItsOutcomeIsUnknown() {
        link.stall();
        CompletableFuture<ApiResponse> write = CompletableFuture.supplyAsync(
                () -> api.post("/api/v1/widgets", writer, widget("in-flight-" + UUID.randomUUID())));
        await(() -> link.heldBytes() > 0, PROMPTLY); // the insert has left the service
        link.cut();

        ApiResponse response = write.join();
        assertUnavailable(response);
        assertThat(response.json().get("detail").asString()).contains("may have been");
    }

    @Test
    void aCreateWithAnIdempotencyKeyWhileTheStoreIsUnreachableGets503() {
        link.cut();
        ApiResponse response = api.send("POST", "/api/v1/widgets", writer, widget("keyed-" + UUID.randomUUID()),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertUnavailable(response);
    }

    @Test
    void aHungStoreIsGivenUpOnWith503InsteadOfHoldingTheRequest() {
        link.stall();
        long started = System.nanoTime();
        ApiResponse response = api.get("/api/v1/widgets", writer);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertUnavailable(response);
        assertThat(took).isLessThan(HUNG_STORE_BOUND);
    }

    private static void assertUnavailable(ApiResponse response) {
        assertThat(response.status()).as(response.body()).isEqualTo(503);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("Retry-After")).isNotBlank();
        assertThat(response.json().get("type").asString()).isEqualTo("urn:unmiss:problem:service-unavailable");
    }

    private static String widget(String name) {
        return "{\"name\":\"" + name + "\",\"count\":1,\"colour\":\"BLUE\",\"fieldOffice\":\"BOR\"}";
    }

    private static void await(BooleanSupplier condition, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not met within " + within).isLessThan(deadline);
            Thread.onSpinWait();
        }
    }
}
