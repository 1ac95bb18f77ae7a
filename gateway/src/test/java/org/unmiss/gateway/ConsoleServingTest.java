package org.unmiss.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mission console at / (ADR 0080): its page and assets (the console module's real build) without a token, a
 * strict content-security policy, caching that fits each, and the configuration that tells it where Keycloak is;
 * the APIs behind it still refuse a call without a token.
 */
class ConsoleServingTest extends GatewayTestSupport {

    private static final Pattern SCRIPT = Pattern.compile("<script type=\"module\" crossorigin src=\"(/assets/[^\"]+\\.js)\"");

    @Test
    void thePageIsServedWithoutATokenAtItsRootAndItsSignInCallbackAndIsAlwaysRevalidated() {
        for (String path : new String[] {"/", "/auth/callback"}) {
            String page = client.get().uri(path).accept(MediaType.TEXT_HTML).exchange()
                    .expectStatus().isOk()
                    .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                    .expectHeader().cacheControl(org.springframework.http.CacheControl.noCache())
                    .expectHeader().value("Content-Security-Policy", csp -> assertThat(csp)
                            .contains("default-src 'self'", "script-src 'self';", "worker-src 'self';", "style-src 'self';",
                                    "connect-src 'self' http://localhost:8180;", "frame-ancestors 'none'")
                            .doesNotContain("unsafe-inline", "unsafe-eval"))
                    .expectBody(String.class).returnResult().getResponseBody();
            assertThat(page).contains("<mission-console>");
            assertThat(page).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>");
        }
    }

    @Test
    void contentHashedAssetsAreKeptForAYear() {
        String page = client.get().uri("/").exchange().expectBody(String.class).returnResult().getResponseBody();
        Matcher script = SCRIPT.matcher(page);
        assertThat(script.find()).as(page).isTrue();
        // the bundle is past WebTestClient's default 256 KiB buffer (271 KB before compression, 59 KB gzipped)
        client.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(2 * 1024 * 1024)).build()
                .get().uri(script.group(1)).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/javascript")
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "max-age=31536000, public, immutable")
                .expectBody(String.class).value(body -> assertThat(body).contains("mission-console"));
    }

    @Test
    void theConsoleLearnsWhereToSignInFromTheGateway() {
        client.get().uri("/console-config.json").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$.keycloakUrl").isEqualTo("http://localhost:8180")
                .jsonPath("$.realm").isEqualTo("unmiss")
                .jsonPath("$.clientId").isEqualTo("mission-console");
    }

    @Test
    void anAssetThatDoesNotExistIsAProblemNotAPageAndTheApiStillNeedsAToken() {
        client.get().uri("/assets/missing-0000.js").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client.get().uri("/api/v1/hr-cases").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client.post().uri("/").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void theServiceWorkerIsServedFromTheRootUnderTheConsolesPolicyAndAlwaysRevalidated() {
        client.get().uri("/sw.js").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/javascript")
                .expectHeader().cacheControl(org.springframework.http.CacheControl.noCache())
                .expectHeader().value("Content-Security-Policy", csp -> assertThat(csp).contains("worker-src 'self';"))
                .expectBody(String.class).value(body -> assertThat(body).contains("caches.open", "/assets/")
                        .doesNotContain("importScripts"));
    }
}
