package org.unmiss.gateway.security;

import io.netty.channel.ChannelOption;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The edge's token decoder: RS256 only; issuer, audience and lifetime validated; keys fetched from
 * the realm's JWKS on first use, never at start-up (no issuer discovery), so the gateway starts
 * while Keycloak is still starting.
 */
@Configuration(proxyBeanMethods = false)
class JwtDecoderConfig {

    /** Bounds every JWKS fetch: a hanging Keycloak must not hang the requests waiting for keys. */
    private static final int CONNECT_TIMEOUT_MS = 2_000;
    private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(3);
    private static final int MAX_JWKS_BYTES = 256 * 1024;
    /** Caps how often tokens naming unknown key ids can make the gateway call Keycloak. */
    private static final Duration MIN_REFRESH_INTERVAL = Duration.ofSeconds(30);

    @Bean
    ReactiveJwtDecoder jwtDecoder(SecurityProperties properties) {
        CachingJwkSource keys = new CachingJwkSource(jwksDocument(properties.jwkSetUri()),
                properties.keyCacheTtl(), properties.outageTolerance(), MIN_REFRESH_INTERVAL, Clock.systemUTC());
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSource(keys)
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(validator(properties));
        return decoder;
    }

    /** Spring's defaults (lifetime, token type, certificate binding), with the platform's clock skew. */
    private static OAuth2TokenValidator<Jwt> validator(SecurityProperties properties) {
        OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                aud -> aud != null && aud.contains(properties.audience()));
        return JwtValidators.createDefaultWithValidators(new JwtTimestampValidator(properties.clockSkew()),
                new JwtIssuerValidator(properties.issuerUri()), audience);
    }

    /** The JWKS document at {@code jwkSetUri}, fetched anew on each subscription. */
    static Mono<String> jwksDocument(String jwkSetUri) {
        HttpClient http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, CONNECT_TIMEOUT_MS)
                .responseTimeout(RESPONSE_TIMEOUT);
        WebClient web = WebClient.builder()
                .clientConnector(new ReactorClientHttpConnector(http))
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(MAX_JWKS_BYTES))
                .build();
        return web.get().uri(jwkSetUri).retrieve().bodyToMono(String.class);
    }
}
