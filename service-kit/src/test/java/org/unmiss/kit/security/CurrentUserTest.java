package org.unmiss.kit.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Which client a caller came through, and whether it is a client acting for itself rather than a person. */
class CurrentUserTest {

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private static void signIn(Map<String, Object> claims) {
        Jwt.Builder jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("sub-1")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
        claims.forEach(jwt::claim);
        SecurityContextHolder.getContext().setAuthentication(new KeycloakJwtConverter().convert(jwt.build()));
    }

    @Test
    void aPersonSignedInThroughAClientIsNoServiceAccount() {
        signIn(Map.of("preferred_username", "hr.senior", "azp", "mission-console"));
        assertThat(new CurrentUser().clientId()).contains("mission-console");
        assertThat(new CurrentUser().isServiceAccount()).isFalse();
    }

    @Test
    void aClientCredentialsTokenIsAServiceAccount() {
        signIn(Map.of("preferred_username", "service-account-poc-site-service", "azp", "poc-site-service"));
        assertThat(new CurrentUser().clientId()).contains("poc-site-service");
        assertThat(new CurrentUser().isServiceAccount()).isTrue();
        signIn(Map.of("preferred_username", "renamed", "azp", "reporting-tools", "client_id", "reporting-tools"));
        assertThat(new CurrentUser().isServiceAccount()).isTrue();
    }

    @Test
    void nobodySignedInHasNoClient() {
        assertThat(new CurrentUser().clientId()).isEmpty();
        assertThat(new CurrentUser().isServiceAccount()).isFalse();
    }
}
