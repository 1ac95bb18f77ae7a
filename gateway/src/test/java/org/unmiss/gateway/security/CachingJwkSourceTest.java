package org.unmiss.gateway.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.unmiss.kit.testing.TestIssuer;
import reactor.core.publisher.Flux;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The key cache against a real JWKS endpoint (the test issuer over HTTP), with a clock the test moves. */
class CachingJwkSourceTest {

    private static final Duration TTL = Duration.ofMinutes(15);
    private static final Duration OUTAGE_TOLERANCE = Duration.ofHours(2);
    private static final Duration MIN_REFRESH_INTERVAL = Duration.ofSeconds(30);

    private final TestIssuer issuer = TestIssuer.start();
    private final MovableClock clock = new MovableClock();
    private final CachingJwkSource keys = new CachingJwkSource(JwtDecoderConfig.jwksDocument(issuer.jwkSetUri()),
            TTL, OUTAGE_TOLERANCE, MIN_REFRESH_INTERVAL, clock);

    @AfterEach
    void stopIssuer() {
        issuer.close();
    }

    @Test
    void keysAreFetchedOnFirstUseAndThenServedFromTheCache() {
        assertThat(keysFor(validToken())).hasSize(1);
        clock.advance(TTL.minusSeconds(1));
        assertThat(keysFor(validToken())).hasSize(1);
        assertThat(issuer.keyRequests()).isEqualTo(1);
    }

    @Test
    void concurrentFirstRequestsShareOneFetch() {
        List<JWK> found = Flux.range(0, 20).flatMap(i -> keys.apply(validToken())).collectList().block();
        assertThat(found).hasSize(20);
        assertThat(issuer.keyRequests()).isEqualTo(1);
    }

    @Test
    void keysOlderThanTheTtlAreRefreshed() {
        keysFor(validToken());
        clock.advance(TTL.plusSeconds(1));
        assertThat(keysFor(validToken())).hasSize(1);
        assertThat(issuer.keyRequests()).isEqualTo(2);
    }

    @Test
    void theLastGoodKeysServeWhileKeycloakIsDownUntilTheOutageToleranceEnds() {
        keysFor(validToken());
        issuer.setServingKeys(false);

        clock.advance(TTL.plusSeconds(1));
        assertThat(keysFor(validToken())).as("stale but within tolerance").hasSize(1);
        assertThat(issuer.keyRequests()).as("a refresh was attempted").isEqualTo(2);

        clock.advance(OUTAGE_TOLERANCE);
        assertThatThrownBy(() -> keysFor(validToken())).isInstanceOf(SigningKeysUnavailableException.class);

        issuer.setServingKeys(true);
        clock.advance(MIN_REFRESH_INTERVAL);
        assertThat(keysFor(validToken())).as("recovered once Keycloak is back").hasSize(1);
    }

    @Test
    void withoutCachedKeysAndWithKeycloakDownTokensCannotBeChecked() {
        issuer.setServingKeys(false);
        assertThatThrownBy(() -> keysFor(validToken())).isInstanceOf(SigningKeysUnavailableException.class);
    }

    @Test
    void madeUpKeyIdsTriggerAtMostOneFetchPerInterval() throws Exception {
        keysFor(validToken());
        SignedJWT unknownKid = signedWithUnknownKey();
        for (int i = 0; i < 10; i++) {
            assertThat(keysFor(unknownKid)).isEmpty();
        }
        assertThat(issuer.keyRequests()).isEqualTo(1);

        clock.advance(MIN_REFRESH_INTERVAL);
        for (int i = 0; i < 10; i++) {
            assertThat(keysFor(unknownKid)).isEmpty();
        }
        assertThat(issuer.keyRequests()).as("one refresh looking for the new key id").isEqualTo(2);
    }

    @Test
    void tokensOfAnotherAlgorithmNeverCauseAFetch() throws ParseException {
        assertThat(keysFor(SignedJWT.parse(issuer.hs256Token("intruder", "HQ", "MISSION_ADMIN")))).isEmpty();
        assertThat(issuer.keyRequests()).isZero();
    }

    private List<JWK> keysFor(SignedJWT jwt) {
        return keys.apply(jwt).collectList().block(Duration.ofSeconds(10));
    }

    private SignedJWT validToken() {
        try {
            return SignedJWT.parse(issuer.token("hr.officer", "MALAKAL", "HR_READ"));
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SignedJWT signedWithUnknownKey() throws JOSEException {
        RSAKey key = new RSAKeyGenerator(2048).keyID("rotated-or-made-up").generate();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder().subject("someone").build());
        jwt.sign(new RSASSASigner(key));
        return jwt;
    }

    /** A clock that moves only when told. */
    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-03-01T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
