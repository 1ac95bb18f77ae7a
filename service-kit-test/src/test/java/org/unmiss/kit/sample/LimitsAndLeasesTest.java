package org.unmiss.kit.sample;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.TestPropertySource;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service's own body limit (here 4KB) holds for declared and chunked bodies, with or without an
 * Idempotency-Key; an idempotency key whose first attempt died with its process can be retried;
 * a slow first attempt keeps its key by renewing its (here 1 s) lease; the records carry a TTL index from the start even with automatic index creation off (own
 * database, so no other test's writes create it).
 */
@ServiceTest
@TestPropertySource(properties = {"unmiss.web.max-request-body=4KB", "spring.data.mongodb.auto-index-creation=false",
        "unmiss.idempotency.lease=1s",
        "spring.mongodb.database=sample_limits"})
class LimitsAndLeasesTest {

    private static final String WIDGETS = "/api/v1/widgets";
    private static final String RECORDS = "idempotency_records";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;

    @Autowired
    MongoTemplate mongo;

    @Value("${local.server.port}")
    int port;

    String writer;

    @BeforeEach
    void setUp() {
        writer = issuer.token("limit.writer", "HQ", "WIDGET_WRITE", "WIDGET_READ");
    }

    private static String widget(String name) {
        return "{\"name\":\"" + name + "\",\"count\":1,\"colour\":\"BLUE\",\"fieldOffice\":\"BOR\"}";
    }

    private static void tooLarge(int status, String contentType, String body) {
        assertThat(status).as(body).isEqualTo(413);
        assertThat(contentType).startsWith("application/problem+json");
        assertThat(body).contains("urn:unmiss:problem:payload-too-large");
    }

    /** A body sent chunked, without Content-Length: only counting while reading can stop it. */
    private HttpResponse<String> chunked(String body, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + WIDGETS))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json").header("Authorization", "Bearer " + writer)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))));
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void refusesADeclaredBodyOverTheLimit() {
        ApiResponse response = api.post(WIDGETS, writer, widget("big-" + "x".repeat(5_000)));
        tooLarge(response.status(), response.contentType(), response.body());
        assertThat(api.post(WIDGETS, writer, widget("fits-" + UUID.randomUUID() + "x".repeat(3_000))).status()).isEqualTo(201);
    }

    @Test
    void refusesAChunkedBodyOverTheLimit() throws Exception {
        HttpResponse<String> response = chunked(widget("big-" + "x".repeat(5_000)), Map.of());
        tooLarge(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        assertThat(chunked(widget("small-" + UUID.randomUUID()), Map.of()).statusCode()).isEqualTo(201);
    }

    @Test
    void theIdempotencyFilterDoesNotBufferPastTheLimit() throws Exception {
        String key = UUID.randomUUID().toString();
        HttpResponse<String> response = chunked(widget("big-" + "x".repeat(5_000)), Map.of("Idempotency-Key", key));
        tooLarge(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        assertThat(mongo.getCollection(RECORDS).countDocuments(new Document("_id", "limit.writer|" + key))).isZero();
    }

    @Test
    void aRetryTakesOverAKeyWhoseFirstAttemptDied() {
        String key = UUID.randomUUID().toString();
        String name = "crash-" + key;
        ApiResponse first = api.send("POST", WIDGETS, writer, widget(name), Map.of("Idempotency-Key", key));
        assertThat(first.status()).isEqualTo(201);
        // What a process killed mid-request leaves: the record in progress, its lease no longer renewed, no widget.
        mongo.remove(Query.query(Criteria.where("name").is(name)), "widgets");
        mongo.updateFirst(Query.query(Criteria.where("_id").is("limit.writer|" + key)),
                new Update().set("completed", false).set("attempt", "died-with-its-process")
                        .set("leaseUntil", Date.from(Instant.now().minusSeconds(5))).unset("body"), RECORDS);

        ApiResponse retry = api.send("POST", WIDGETS, writer, widget(name), Map.of("Idempotency-Key", key));
        assertThat(retry.status()).as(retry.body()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).as("run again, not replayed").isNull();
        assertThat(mongo.count(Query.query(Criteria.where("name").is(name)), "widgets")).isEqualTo(1);

        ApiResponse again = api.send("POST", WIDGETS, writer, widget(name), Map.of("Idempotency-Key", key));
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json().get("id").asString()).isEqualTo(retry.json().get("id").asString());
    }

    @Test
    void aRetryWhileTheFirstAttemptHoldsItsLeaseIsAskedToWait() {
        String key = UUID.randomUUID().toString();
        String name = "busy-" + key;
        assertThat(api.send("POST", WIDGETS, writer, widget(name), Map.of("Idempotency-Key", key)).status()).isEqualTo(201);
        mongo.remove(Query.query(Criteria.where("name").is(name)), "widgets");
        mongo.updateFirst(Query.query(Criteria.where("_id").is("limit.writer|" + key)),
                new Update().set("completed", false).set("attempt", "still-running")
                        .set("leaseUntil", Date.from(Instant.now().plusSeconds(25))).unset("body"), RECORDS);

        ApiResponse retry = api.send("POST", WIDGETS, writer, widget(name), Map.of("Idempotency-Key", key));
        assertThat(retry.status()).isEqualTo(409);
        assertThat(retry.contentType()).startsWith("application/problem+json");
        assertThat(Integer.parseInt(retry.header("Retry-After"))).isBetween(20, 26);
        assertThat(retry.json().get("detail").asString()).contains("still being processed");
        assertThat(mongo.count(Query.query(Criteria.where("name").is(name)), "widgets")).as("not run twice").isZero();
    }

    @Test
    void aSlowFirstAttemptRenewsItsLeaseAndKeepsItsKey() throws Exception {
        String key = UUID.randomUUID().toString();
        String name = "slow-" + key;
        String id = "limit.writer|" + key;
        java.util.concurrent.CompletableFuture<ApiResponse> first = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> api.send("POST", WIDGETS + "/held", writer, widget(name), Map.of("Idempotency-Key", key)));
        try {
            Instant firstLease = poll(() -> leaseOf(id), java.util.Objects::nonNull);
            // Past the lease it started with: only renewals keep it alive now.
            Instant renewed = poll(() -> leaseOf(id), lease -> lease != null && lease.isAfter(firstLease.plusMillis(500))
                    && Instant.now().isAfter(firstLease));
            assertThat(renewed).isAfter(firstLease);
            ApiResponse retry = api.send("POST", WIDGETS + "/held", writer, widget(name), Map.of("Idempotency-Key", key));
            assertThat(retry.status()).as("the first attempt is alive: no take-over").isEqualTo(409);
        } finally {
            org.unmiss.kit.sample.widget.api.WidgetController.HOLD.release();
        }
        assertThat(first.get(30, java.util.concurrent.TimeUnit.SECONDS).status()).isEqualTo(201);
        assertThat(mongo.count(Query.query(Criteria.where("name").is(name)), "widgets")).isEqualTo(1);
    }

    private Instant leaseOf(String id) {
        Document record = mongo.getCollection(RECORDS).find(new Document("_id", id)).first();
        return record == null || record.getDate("leaseUntil") == null ? null : record.getDate("leaseUntil").toInstant();
    }

    /** Polls until the value passes the check, for at most 15 s. */
    private static <T> T poll(java.util.function.Supplier<T> value, java.util.function.Predicate<T> done) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(15);
        while (Instant.now().isBefore(deadline)) {
            T current = value.get();
            if (done.test(current)) {
                return current;
            }
            Thread.onSpinWait();
            Thread.sleep(20);
        }
        throw new AssertionError("not reached within 15 s");
    }

    @Test
    void recordsCarryATtlIndexFromTheStart() {
        IndexInfo ttl = mongo.indexOps(RECORDS).getIndexInfo().stream()
                .filter(index -> index.isIndexForFields(java.util.List.of("createdAt"))).findFirst().orElse(null);
        assertThat(ttl).as("TTL index on createdAt").isNotNull();
        assertThat(ttl.getExpireAfter()).contains(Duration.ofHours(24));
    }
}
