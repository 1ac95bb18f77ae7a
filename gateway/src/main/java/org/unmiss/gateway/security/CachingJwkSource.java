package org.unmiss.gateway.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SynchronousSink;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The realm's public signing keys for the reactive token decoder.
 *
 * <p>Spring's own remote key source keeps the last good set until a token names an unknown key id
 * and then refetches, for every such token. That survives a Keycloak outage, but at the edge it
 * lets anyone make the gateway call Keycloak once per request with made-up key ids, and a key the
 * realm has retired stays trusted indefinitely. This source, like the services' Nimbus-based one:
 * <ul>
 *   <li>refreshes the set once it is older than {@code ttl}, or for an unknown key id, but starts
 *       a fetch at most once per {@code minRefreshInterval}, one fetch shared by all requests;</li>
 *   <li>keeps using the last good set while fetching fails, up to {@code outageTolerance} after
 *       that set was fetched, so a Keycloak restart does not lock the mission out;</li>
 *   <li>fails with {@link SigningKeysUnavailableException} when it has no usable set.</li>
 * </ul>
 */
final class CachingJwkSource implements Function<SignedJWT, Flux<JWK>> {

    private final Mono<String> fetch;
    private final Duration ttl;
    private final Duration usableFor;
    private final Duration minRefreshInterval;
    private final Clock clock;

    private final AtomicReference<Snapshot> lastGood = new AtomicReference<>();
    private final AtomicReference<Mono<JWKSet>> inFlight = new AtomicReference<>();
    private volatile Instant lastAttempt = Instant.MIN;

    /** @param fetch the JWKS document, fetched anew on each subscription and bounded by its own timeouts */
    CachingJwkSource(Mono<String> fetch, Duration ttl, Duration outageTolerance, Duration minRefreshInterval,
                     Clock clock) {
        this.fetch = fetch;
        this.ttl = ttl;
        this.usableFor = ttl.compareTo(outageTolerance) > 0 ? ttl : outageTolerance;
        this.minRefreshInterval = minRefreshInterval;
        this.clock = clock;
    }

    @Override
    public Flux<JWK> apply(SignedJWT jwt) {
        if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
            // The decoder refuses every other algorithm anyway; such tokens must not cause fetches.
            return Flux.empty();
        }
        JWKSelector selector = new JWKSelector(JWKMatcher.forJWSHeader(jwt.getHeader()));
        Instant now = clock.instant();
        Snapshot cached = lastGood.get();
        boolean answerFromCache = cached != null
                && (isFresh(cached, now) && !selector.select(cached.keys()).isEmpty()
                    || now.isBefore(lastAttempt.plus(minRefreshInterval)));
        Mono<JWKSet> keys = answerFromCache
                ? usable(cached, now, null)
                : refresh().onErrorResume(failure -> usable(lastGood.get(), now, failure));
        return keys.flatMapIterable(selector::select);
    }

    private boolean isFresh(Snapshot snapshot, Instant now) {
        return now.isBefore(snapshot.fetchedAt().plus(ttl));
    }

    private Mono<JWKSet> usable(Snapshot snapshot, Instant now, Throwable failure) {
        return snapshot != null && now.isBefore(snapshot.fetchedAt().plus(usableFor))
                ? Mono.just(snapshot.keys())
                : Mono.error(new SigningKeysUnavailableException("The realm's signing keys cannot be fetched", failure));
    }

    /** Starts a fetch unless one is under way, which the caller then shares. */
    private Mono<JWKSet> refresh() {
        return inFlight.updateAndGet(current -> current != null ? current : startFetch());
    }

    private Mono<JWKSet> startFetch() {
        lastAttempt = clock.instant();
        // Settled before any waiting request sees the outcome, so the next refresh starts a new fetch.
        return fetch.single()
                .handle(CachingJwkSource::parse)
                .doOnSuccess(keys -> {
                    lastGood.set(new Snapshot(keys, clock.instant()));
                    inFlight.set(null);
                })
                .doOnError(failure -> inFlight.set(null))
                .doOnCancel(() -> inFlight.set(null))
                .cache();
    }

    private static void parse(String document, SynchronousSink<JWKSet> sink) {
        try {
            sink.next(JWKSet.parse(document));
        } catch (ParseException e) {
            sink.error(e);
        }
    }

    private record Snapshot(JWKSet keys, Instant fetchedAt) {
    }
}
