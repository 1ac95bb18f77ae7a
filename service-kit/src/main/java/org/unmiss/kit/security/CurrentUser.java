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
