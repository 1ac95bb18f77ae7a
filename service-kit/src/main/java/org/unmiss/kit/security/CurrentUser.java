package org.unmiss.kit.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.Optional;

/**
 * The authenticated caller of the current request, as services need it: who, which roles, which
 * field office. A bean (named {@code currentUser}) so method-security expressions can ask it too,
 * e.g. {@code @PreAuthorize("@currentUser.covers(#office)")}.
 */
public class CurrentUser {

    /** The caller's user name, or empty outside an authenticated request. */
    public Optional<String> username() {
        return authentication().map(Authentication::getName);
    }

    public FieldOfficeScope fieldOffice() {
        return jwt().map(jwt -> FieldOfficeScope.of(jwt.getClaimAsString("field_office"))).orElse(FieldOfficeScope.NONE);
    }

    public boolean covers(String officeCode) {
        return fieldOffice().covers(officeCode);
    }

    /** 403 naming the office and {@code what} (e.g. "Cases") unless the caller's office covers {@code officeCode}. */
    public void requireCovers(String officeCode, String what) {
        fieldOffice().requireCovers(officeCode, what);
    }

    public boolean hasRole(String role) {
        String wanted = "ROLE_" + role;
        return authentication().map(a -> a.getAuthorities().stream().anyMatch(g -> wanted.equals(g.getAuthority())))
                .orElse(false);
    }

    public boolean hasAnyRole(String... roles) {
        for (String role : roles) {
            if (hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    /** The client the token was issued to ({@code azp}), e.g. {@code mission-console} or a service's own client. */
    public Optional<String> clientId() {
        return jwt().map(jwt -> jwt.getClaimAsString("azp"));
    }

    /**
     * Whether the caller is a client acting for itself (client credentials) rather than a person:
     * Keycloak names a client's service-account user {@code service-account-<client>} and adds a
     * {@code client_id} claim to its tokens. Decisions that need a person's judgement refuse these.
     */
    public boolean isServiceAccount() {
        return jwt().map(jwt -> jwt.getClaimAsString("client_id") != null
                || String.valueOf(jwt.getClaimAsString("preferred_username")).startsWith("service-account-")).orElse(false);
    }

    /** The raw access token, for relaying the caller's identity to another service. */
    public Optional<Jwt> jwt() {
        return authentication().filter(JwtAuthenticationToken.class::isInstance)
                .map(a -> ((JwtAuthenticationToken) a).getToken());
    }

    private static Optional<Authentication> authentication() {
        return Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication())
                .filter(Authentication::isAuthenticated);
    }
}
