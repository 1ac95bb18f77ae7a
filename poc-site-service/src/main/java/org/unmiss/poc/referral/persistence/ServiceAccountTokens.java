package org.unmiss.poc.referral.persistence;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Access tokens of the platform's own client ({@code mission-services}, client credentials) for
 * background work with no user present: the referral outbox's retries, which may run hours after
 * the officer's token expired. Cached until shortly before expiry.
 */
@Component
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

    public ServiceAccountTokens(@Value("${unmiss.clients.service-account.token-uri}") String tokenUri,
                                @Value("${unmiss.clients.service-account.client-id}") String clientId,
                                @Value("${unmiss.clients.service-account.client-secret}") String clientSecret) {
        SimpleClientHttpRequestFactory timeouts = new SimpleClientHttpRequestFactory();
        timeouts.setConnectTimeout(TIMEOUT);
        timeouts.setReadTimeout(TIMEOUT);
        this.http = RestClient.builder().requestFactory(timeouts).build();
        this.tokenUri = tokenUri;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    /** An {@code Authorization} header value; throws when the identity server cannot issue one (the caller retries later). */
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
