package org.unmiss.kit.security;

import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Access tokens of this service's own client (e.g. {@code poc-site-service}, client credentials) for
 * background work with no user present (docs/architecture.md: calls made for a user relay the user's token;
 * background work uses a client-credentials client), e.g. retrying queued referrals or re-checking
 * cited records. Cached until shortly before expiry.
 */
public class ServiceAccountTokens {

    private static final long EXPIRY_MARGIN_SECONDS = 30;
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final RestClient http;
    private final String tokenUri;
    private final String clientId;
    private final String clientSecret;
    private final Clock clock = Clock.systemUTC();
    private String token;
    private Instant expiresAt = Instant.EPOCH;

    public ServiceAccountTokens(String tokenUri, String clientId, String clientSecret) {
        SimpleClientHttpRequestFactory timeouts = new SimpleClientHttpRequestFactory();
        timeouts.setConnectTimeout(TIMEOUT);
        timeouts.setReadTimeout(TIMEOUT);
        this.http = RestClient.builder().requestFactory(timeouts).build();
        this.tokenUri = tokenUri;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    /** An {@code Authorization} header value; throws when the identity server cannot issue one (the check runs again later). */
    public synchronized String bearer() {
        if (token == null || clock.instant().isAfter(expiresAt)) {
            MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
            form.add("grant_type", "client_credentials");
            form.add("client_id", clientId);
            form.add("client_secret", clientSecret);
            Map<?, ?> answer = http.post().uri(tokenUri).contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form)
                    .retrieve().body(Map.class);
            if (answer == null || !(answer.get("access_token") instanceof String accessToken)) {
                throw new IllegalStateException("the identity server answered without an access token");
            }
            long lifetime = answer.get("expires_in") instanceof Number n ? n.longValue() : 60;
            token = accessToken;
            expiresAt = clock.instant().plusSeconds(Math.max(0, lifetime - EXPIRY_MARGIN_SECONDS));
        }
        return "Bearer " + token;
    }
}
