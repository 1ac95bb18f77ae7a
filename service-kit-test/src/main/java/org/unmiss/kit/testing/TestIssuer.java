package org.unmiss.kit.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for Keycloak in tests: serves a JWKS over real HTTP and mints access tokens shaped
 * like the {@code unmiss} realm's (RS256, {@code realm_access.roles}, {@code field_office},
 * audience {@code unmiss-api}). Services validate them through exactly the production code path
 * (JWKS fetched by URL, issuer and audience checked), so a test proves the real configuration.
 * Free of Spring on purpose, so the reactive gateway can use it too.
 */
public final class TestIssuer implements AutoCloseable {

    public static final String AUDIENCE = "unmiss-api";
    private static final String REALM_PATH = "/realms/unmiss";
    private static final String CERTS_PATH = REALM_PATH + "/protocol/openid-connect/certs";

    private final HttpServer server;
    private final RSAKey signingKey;
    private final RSAKey foreignKey;
    private final AtomicBoolean servingKeys = new AtomicBoolean(true);
    private final AtomicInteger keyRequests = new AtomicInteger();

    private TestIssuer(HttpServer server, RSAKey signingKey, RSAKey foreignKey) {
        this.server = server;
        this.signingKey = signingKey;
        this.foreignKey = foreignKey;
    }

    /** Starts the issuer on a free loopback port. */
    public static TestIssuer start() {
        try {
            String kid = "test-" + UUID.randomUUID();
            RSAKey signing = new RSAKeyGenerator(2048).keyID(kid).algorithm(JWSAlgorithm.RS256).generate();
            // Same key id as the real one: a forger who copies the header must still be refused.
            RSAKey foreign = new RSAKeyGenerator(2048).keyID(kid).algorithm(JWSAlgorithm.RS256).generate();
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            TestIssuer issuer = new TestIssuer(server, signing, foreign);
            server.createContext(CERTS_PATH, exchange -> {
                issuer.keyRequests.incrementAndGet();
                boolean up = issuer.servingKeys.get();
                byte[] body = (up ? new JWKSet(signing.toPublicJWK()).toString() : "{\"error\":\"unavailable\"}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(up ? 200 : 503, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return issuer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate test keys", e);
        }
    }

    public String issuerUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + REALM_PATH;
    }

    public String jwkSetUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + CERTS_PATH;
    }

    /** A valid access token for a user with these realm roles, bound to a field office ({@code HQ} sees all). */
    public String token(String username, String fieldOffice, String... realmRoles) {
        return sign(signingKey, claims(username, fieldOffice, AUDIENCE, Duration.ofMinutes(5), realmRoles));
    }

    /**
     * A client-credentials token as Keycloak issues it to {@code clientId}'s service account:
     * user {@code service-account-<clientId>}, {@code azp} and {@code client_id} the client.
     */
    public String serviceAccountToken(String clientId, String fieldOffice, String... realmRoles) {
        JWTClaimsSet claims = claims("service-account-" + clientId, fieldOffice, AUDIENCE, Duration.ofMinutes(5), realmRoles);
        return sign(signingKey, new JWTClaimsSet.Builder(claims).claim("azp", clientId).claim("client_id", clientId).build());
    }

    /** A valid token carrying one more claim, as a realm user-attribute mapper adds one (e.g. {@code service_provider}). */
    public String tokenWithClaim(String claim, String value, String username, String fieldOffice, String... realmRoles) {
        JWTClaimsSet claims = claims(username, fieldOffice, AUDIENCE, Duration.ofMinutes(5), realmRoles);
        return sign(signingKey, new JWTClaimsSet.Builder(claims).claim(claim, value).build());
    }

    /** A token without a {@code field_office} claim. */
    public String tokenWithoutOffice(String username, String... realmRoles) {
        return sign(signingKey, claims(username, null, AUDIENCE, Duration.ofMinutes(5), realmRoles));
    }

    /** A token without {@code sub}, as Keycloak issues for clients without its "basic" scope. */
    public String tokenWithoutSubject(String username, String fieldOffice, String... realmRoles) {
        JWTClaimsSet claims = claims(username, fieldOffice, AUDIENCE, Duration.ofMinutes(5), realmRoles);
        return sign(signingKey, new JWTClaimsSet.Builder(claims).subject(null).build());
    }

    /** Same shape and key id as a real token, signed with a key the issuer never published. */
    public String forgedToken(String username, String fieldOffice, String... realmRoles) {
        return sign(foreignKey, claims(username, fieldOffice, AUDIENCE, Duration.ofMinutes(5), realmRoles));
    }

    public String expiredToken(String username, String fieldOffice, String... realmRoles) {
        return sign(signingKey, claims(username, fieldOffice, AUDIENCE, Duration.ofMinutes(-10), realmRoles));
    }

    public String tokenWithAudience(String audience, String username, String fieldOffice, String... realmRoles) {
        return sign(signingKey, claims(username, fieldOffice, audience, Duration.ofMinutes(5), realmRoles));
    }

    /** A symmetric (HS256) token: must be refused, as only RS256 is accepted. */
    public String hs256Token(String username, String fieldOffice, String... realmRoles) {
        try {
            byte[] secret = new byte[32];
            new java.security.SecureRandom().nextBytes(secret);
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(signingKey.getKeyID()).build(),
                    claims(username, fieldOffice, AUDIENCE, Duration.ofMinutes(5), realmRoles));
            jwt.sign(new MACSigner(secret));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Simulates the identity server being down: the JWKS endpoint answers 503 while false. */
    public void setServingKeys(boolean serving) {
        servingKeys.set(serving);
    }

    /** How many times the JWKS was requested (to prove keys are cached). */
    public int keyRequests() {
        return keyRequests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private JWTClaimsSet claims(String username, String fieldOffice, String audience, Duration validFor, String... roles) {
        Instant now = Instant.now();
        Instant expiry = now.plus(validFor);
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .issuer(issuerUri())
                .subject(UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)).toString())
                .audience(List.of(audience))
                .issueTime(Date.from(expiry.isBefore(now) ? expiry.minusSeconds(300) : now))
                .expirationTime(Date.from(expiry))
                .jwtID(UUID.randomUUID().toString())
                .claim("typ", "Bearer")
                .claim("azp", "unmiss-dev-cli")
                .claim("preferred_username", username)
                .claim("realm_access", Map.of("roles", List.of(roles)));
        if (fieldOffice != null) {
            builder.claim("field_office", fieldOffice);
        }
        return builder.build();
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) {
        try {
            JWSSigner signer = new RSASSASigner(key);
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(signer);
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
