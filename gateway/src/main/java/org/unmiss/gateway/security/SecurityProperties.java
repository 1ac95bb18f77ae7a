package org.unmiss.gateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Where tokens come from and whom they are for: the same properties, with the same meaning, as the
 * services' {@code org.unmiss.kit.security.SecurityProperties}. Defaults in {@code application.yml}
 * point at the local Keycloak realm {@code unmiss}; {@code KEYCLOAK_URL} moves them.
 *
 * @param issuerUri       the exact {@code iss} every token must carry
 * @param jwkSetUri       where the realm publishes its signing keys
 * @param audience        the {@code aud} value every token must contain
 * @param keyCacheTtl     how long fetched keys are used before a refresh is attempted
 * @param outageTolerance how long, counted from their fetch, the last good keys keep validating
 *                        while Keycloak cannot be reached
 * @param clockSkew       how far a token's exp/nbf may be off from this host's clock
 */
@ConfigurationProperties("unmiss.security")
public record SecurityProperties(String issuerUri, String jwkSetUri, String audience,
                                 Duration keyCacheTtl, Duration outageTolerance, Duration clockSkew) {
}
