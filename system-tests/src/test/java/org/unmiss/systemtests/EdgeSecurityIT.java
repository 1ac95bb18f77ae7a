package org.unmiss.systemtests;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ProblemAssert;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Authentication through the gateway with tokens from the real Keycloak. */
@ExtendWith(PlatformExtension.class)
@Order(1)
class EdgeSecurityIT {

    private static final String PARTIES = "/api/v1/perpetrator-parties";
    private static ApiClient gateway;
    private static String hrOfficer;

    @BeforeAll
    static void tokens() {
        gateway = new ApiClient(Platform.current().gateway());
        hrOfficer = Tokens.forUser("hr.officer.malakal");
    }

    /** The kit's problem assertion, and the correlation id the edge adds to every answer it makes. */
    static void assertProblem(ApiResponse response, int status) {
        ProblemAssert.assertProblem(response, status);
        assertThat(response.json().get("correlationId").asString()).isNotBlank();
    }

    @Test
    void aValidTokenWithTheRightRoleIsServed() {
        ApiResponse response = gateway.get(PARTIES, hrOfficer);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("content").findValuesAsString("code")).contains("SSPDF", "SPLA");
    }

    @Test
    void noTokenIsRefusedWithAProblem() {
        ApiResponse response = gateway.get(PARTIES, null);
        assertProblem(response, 401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void forgedTokensAreRefused() {
        assertProblem(gateway.get(PARTIES, JwtForgery.withExtraRole(hrOfficer, "MISSION_ADMIN")), 401);
        assertProblem(gateway.get(PARTIES, JwtForgery.resignedWithOwnKey(hrOfficer)), 401);
        assertProblem(gateway.get(PARTIES, JwtForgery.unsigned(hrOfficer)), 401);
        assertProblem(gateway.get(PARTIES, "garbage"), 401);
    }

    @Test
    void anExpiredTokenIsRefused() {
        String expiring = ShortLivedTokens.forUser("hr.officer.malakal");
        ApiResponse fresh = gateway.get(PARTIES, expiring);
        assertThat(fresh.status()).as("fresh: " + fresh.body()).isEqualTo(200);
        // Refused once its lifetime and the allowed clock skew have passed (polled, with a deadline).
        ApiResponse expired = await().atMost(ShortLivedTokens.UNTIL_EXPIRED.plusSeconds(10)).pollInterval(Duration.ofSeconds(1))
                .until(() -> gateway.get(PARTIES, expiring), answer -> answer.status() != 200);
        assertProblem(expired, 401);
    }

    @Test
    void theCorrelationIdTravelsThroughTheGateway() {
        ApiResponse response = gateway.send("GET", PARTIES + "/NOT-A-PARTY", hrOfficer, null, Map.of("X-Request-Id", "st-trace-1"));
        assertProblem(response, 404);
        assertThat(response.header("X-Request-Id")).isEqualTo("st-trace-1");
        assertThat(response.json().get("correlationId").asString()).isEqualTo("st-trace-1");
    }
}
