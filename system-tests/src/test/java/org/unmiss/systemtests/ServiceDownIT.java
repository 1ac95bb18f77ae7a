package org.unmiss.systemtests;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs last: it stops a service. The gateway must answer for it promptly, and the others carry on. */
@ExtendWith(PlatformExtension.class)
@Order(3)
class ServiceDownIT {

    @Test
    void aStoppedServiceGivesAProblemWithRetryAfterWithinTheTimeout() {
        ApiClient gateway = new ApiClient(Platform.current().gateway());
        String token = Tokens.forUser("gender.officer.wau");
        assertThat(gateway.get("/api/v1/wps-pillars", token).status()).isEqualTo(200);

        Platform.current().stop("gender-service");

        long started = System.nanoTime();
        ApiResponse response = gateway.get("/api/v1/wps-pillars", token);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        EdgeSecurityIT.assertProblem(response, 503);
        assertThat(response.header("Retry-After")).isNotBlank();
        assertThat(took).isLessThan(Duration.ofSeconds(Platform.GATEWAY_TIMEOUT_SECONDS));

        ApiResponse others = gateway.get("/api/v1/agreement-chapters", Tokens.forUser("civil.affairs"));
        assertThat(others.status()).as("other services are unaffected").isEqualTo(200);
    }
}
