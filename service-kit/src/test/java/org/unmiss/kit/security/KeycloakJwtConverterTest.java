package org.unmiss.kit.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class KeycloakJwtConverterTest {

    private static Jwt jwt(Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256").subject("sub-1")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
        claims.forEach(builder::claim);
        return builder.build();
    }

    @Test
    void mapsRealmAndClientRolesAndNamesTheUser() {
        var authentication = new KeycloakJwtConverter().convert(jwt(Map.of(
                "preferred_username", "hr.officer.malakal",
                "realm_access", Map.of("roles", List.of("HR_READ", "HR_WRITE")),
                "resource_access", Map.of("mission-console", Map.of("roles", List.of("CONSOLE_USER"))))));
        assertThat(authentication.getName()).isEqualTo("hr.officer.malakal");
        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_HR_READ", "ROLE_HR_WRITE", "ROLE_CONSOLE_USER");
    }

    @Test
    void grantsNothingWithoutRoleClaims() {
        var authentication = new KeycloakJwtConverter().convert(jwt(Map.of("realm_access", Map.of("roles", "not-a-list"))));
        assertThat(authentication.getAuthorities()).isEmpty();
        assertThat(authentication.getName()).isEqualTo("sub-1");
    }

    @Test
    void scopesByFieldOfficeFailingClosed() {
        assertThat(FieldOfficeScope.of("HQ").covers("MALAKAL")).isTrue();
        assertThat(FieldOfficeScope.of("malakal").covers("MALAKAL")).isTrue();
        assertThat(FieldOfficeScope.of("MALAKAL").covers("JUBA")).isFalse();
        assertThat(FieldOfficeScope.of(null).covers("JUBA")).isFalse();
        assertThat(FieldOfficeScope.of(" ").isBound()).isFalse();
        assertThat(FieldOfficeScope.of("BOR").isBound()).isTrue();
    }
}
