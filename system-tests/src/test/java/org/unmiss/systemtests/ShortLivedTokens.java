package org.unmiss.systemtests;

import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;

import java.time.Duration;
import java.util.Map;

/**
 * Tokens that expire within seconds, for proving expiry is enforced without waiting out the realm's
 * five-minute lifetime: the test registers (through Keycloak's admin API) a client whose access
 * tokens live {@value #LIFESPAN_SECONDS} seconds. The platform runs with a small clock-skew allowance
 * ({@code UNMISS_SECURITY_CLOCKSKEW}), so expiry is enforced shortly after.
 */
final class ShortLivedTokens {

    static final int LIFESPAN_SECONDS = 5;
    static final Duration UNTIL_EXPIRED = Duration.ofSeconds(LIFESPAN_SECONDS + Platform.CLOCK_SKEW_SECONDS + 2);
    private static final String CLIENT_ID = "system-test-short-lived";
    private static boolean registered;

    private ShortLivedTokens() {
    }

    static synchronized String forUser(String username) {
        if (!registered) {
            register();
            registered = true;
        }
        return Tokens.token("unmiss", Map.of("grant_type", "password", "client_id", CLIENT_ID,
                "username", username, "password", Tokens.DEMO_PASSWORD));
    }

    private static void register() {
        String client = """
                {"clientId": "%s", "publicClient": true, "directAccessGrantsEnabled": true,
                 "standardFlowEnabled": false, "attributes": {"access.token.lifespan": "%d"},
                 "defaultClientScopes": ["basic", "unmiss-api", "roles", "profile"]}
                """.formatted(CLIENT_ID, LIFESPAN_SECONDS);
        ApiResponse response = new ApiClient(Platform.current().keycloak())
                .post("/admin/realms/unmiss/clients", Tokens.adminToken(), client);
        if (response.status() != 201 && response.status() != 409) {
            throw new IllegalStateException("cannot register the short-lived client: " + response.status() + " " + response.body());
        }
    }
}
