package org.unmiss.gateway;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.unmiss.gateway.support.FakeService;
import org.unmiss.gateway.support.RedisServer;
import org.unmiss.kit.testing.TestIssuer;

import java.time.Duration;

/**
 * Two gateway replicas with GATEWAY_REDIS_URL pointing at one real redis-server enforce one limit
 * per caller: what a caller spent on one replica is gone on the other. Without Redis (the other
 * gateway tests) each would have its own bucket and the fourth call below would pass.
 */
class SharedRateLimitTest {

    private static final int BURST = 3;

    private static final TestIssuer issuer = TestIssuer.start();
    private static final FakeService personnel = FakeService.start("personnel");
    private static RedisServer redis;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoGatewaysOnOneRedis() {
        redis = RedisServer.start();
        first = startGateway();
        second = startGateway();
    }

    @AfterAll
    static void stopAll() {
        for (AutoCloseable running : new AutoCloseable[] {second, first, redis, personnel, issuer}) {
            try {
                if (running != null) {
                    running.close();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void twoReplicasShareOneBucketPerCaller() {
        String token = issuer.token("shared.script", "HQ", "PERSONNEL_READ");
        get(first, token).expectStatus().isOk();
        get(first, token).expectStatus().isOk();
        get(second, token).expectStatus().isOk();

        // The second replica has answered this caller once; only the shared bucket is empty.
        get(second, token)
                .expectStatus().isEqualTo(429)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                .expectBody().jsonPath("$.type").isEqualTo("urn:unmiss:problem:too-many-requests");
        get(first, token).expectStatus().isEqualTo(429);

        // Another caller has a bucket of its own in the same Redis.
        get(second, issuer.token("another.user", "HQ", "PERSONNEL_READ")).expectStatus().isOk();
    }

    private static WebTestClient.ResponseSpec get(ConfigurableApplicationContext gateway, String token) {
        int port = ((WebServerApplicationContext) gateway).getWebServer().getPort();
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(30)).build()
                .get().uri("/api/v1/field-offices")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange();
    }

    private static ConfigurableApplicationContext startGateway() {
        // Command-line arguments, so that they override application.yml as a deployment's would.
        return new SpringApplicationBuilder(GatewayApplication.class).run(
                "--server.port=0",
                "--spring.jmx.enabled=false",
                "--unmiss.security.issuer-uri=" + issuer.issuerUri(),
                "--unmiss.security.jwk-set-uri=" + issuer.jwkSetUri(),
                "--PERSONNEL_URL=" + personnel.url(),
                "--unmiss.gateway.rate-limit.burst=" + BURST,
                "--unmiss.gateway.rate-limit.requests-per-minute=" + BURST,
                "--unmiss.gateway.rate-limit.redis-url=" + redis.url(),
                // Generous on a loaded CI machine: a timed-out call would pass uncounted.
                "--unmiss.gateway.rate-limit.redis-timeout=5s");
    }
}
