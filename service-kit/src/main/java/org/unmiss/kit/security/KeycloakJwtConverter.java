package org.unmiss.kit.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Maps a Keycloak access token to Spring authorities: realm roles ({@code realm_access.roles})
 * and client roles ({@code resource_access.<client>.roles}) both become {@code ROLE_<name>}, so
 * {@code hasRole('HR_READ')} works whichever way an administrator granted it. The principal's
 * name is the user's {@code preferred_username} (service accounts have one too).
 */
public final class KeycloakJwtConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Set<GrantedAuthority> authorities = new LinkedHashSet<>();
        rolesIn(jwt.getClaim("realm_access")).forEach(role -> authorities.add(authority(role)));
        Object resourceAccess = jwt.getClaim("resource_access");
        if (resourceAccess instanceof Map<?, ?> clients) {
            clients.values().forEach(client -> rolesIn(client).forEach(role -> authorities.add(authority(role))));
        }
        String name = jwt.getClaimAsString("preferred_username");
        return new JwtAuthenticationToken(jwt, authorities, name != null ? name : jwt.getSubject());
    }

    private static Collection<String> rolesIn(Object access) {
        if (access instanceof Map<?, ?> map && map.get("roles") instanceof Collection<?> roles) {
            return roles.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return Set.of();
    }

    private static GrantedAuthority authority(String role) {
        return new SimpleGrantedAuthority("ROLE_" + role);
    }
}
