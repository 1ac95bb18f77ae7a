package org.unmiss.kit.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.List;

/**
 * Builds the platform's token decoder: RS256 only; issuer, audience and lifetime validated; keys
 * fetched from the realm's JWKS lazily (a service starts while Keycloak is still starting), cached,
 * and kept in use for {@code outageTolerance} when the realm cannot be reached, so a brief Keycloak
 * outage does not take the mission's APIs down with it.
 */
final class JwtDecoders {

    private static final int HTTP_TIMEOUT_MS = 2_000;
    private static final int JWKS_SIZE_LIMIT = 256 * 1024;
    private static final long MAX_REFETCH_INTERVAL_MS = 30_000;

    private JwtDecoders() {
    }

    static JwtDecoder create(SecurityProperties properties) {
        URL jwkSetUrl;
        try {
            jwkSetUrl = URI.create(properties.jwkSetUri()).toURL();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalStateException("unmiss.security.jwk-set-uri is not a URL: " + properties.jwkSetUri(), e);
        }
        long ttl = properties.keyCacheTtl().toMillis();
        JWKSource<SecurityContext> keys = JWKSourceBuilder.<SecurityContext>create(jwkSetUrl,
                        new DefaultResourceRetriever(HTTP_TIMEOUT_MS, HTTP_TIMEOUT_MS, JWKS_SIZE_LIMIT))
                .cache(ttl, Math.min(HTTP_TIMEOUT_MS, ttl / 4))
                .refreshAheadCache(Math.min(MAX_REFETCH_INTERVAL_MS, ttl / 4), true)
                // An unknown key id (a rotated key, or a forged token) triggers at most one fetch per interval.
                .rateLimited(Math.min(MAX_REFETCH_INTERVAL_MS, ttl / 2))
                .outageTolerant(properties.outageTolerance().toMillis())
                .retrying(true)
                .build();
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        // Claims are checked by Spring's validators below, in one place with one error format.
        processor.setJWTClaimsSetVerifier((claims, context) -> { });
        NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
        decoder.setJwtValidator(validator(properties));
        return decoder;
    }

    static OAuth2TokenValidator<Jwt> validator(SecurityProperties properties) {
        OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                aud -> aud != null && aud.contains(properties.audience()));
        return new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(properties.clockSkew()),
                new JwtIssuerValidator(properties.issuerUri()),
                audience);
    }
}
