package org.unmiss.gateway;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Routing over real HTTP: by path prefix, path and query unchanged, identity and correlation forwarded. */
class RoutingTest extends GatewayTestSupport {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "/api/v1/field-offices, personnel",
            "/api/v1/countries/SSD, personnel",
            "/api/v1/units/42, personnel",
            "/api/v1/personnel, personnel",
            "/api/v1/deployments/7/rotations, personnel",
            "/api/v1/personnel-reports/strength, personnel",
            "/api/v1/poc-sites, poc-site",
            "/api/v1/patrols/P-1, poc-site",
            "/api/v1/security-incidents, poc-site",
            "/api/v1/searches/3, poc-site",
            "/api/v1/seizures, poc-site",
            "/api/v1/returns/9, poc-site",
            "/api/v1/places/Unity/Leer, poc-site",
            "/api/v1/early-warning/alerts, poc-site",
            "/api/v1/humanitarian-access/escort-requests, poc-site",
            "/api/v1/unpol/national-police-support, poc-site",
            "/api/v1/perpetrator-parties, humanrights",
            "/api/v1/hr-cases/HR-2026-000123, humanrights",
            "/api/v1/hr-reports/monthly, humanrights",
            "/api/v1/hr-audit, humanrights",
            "/api/v1/hr-referrals/RF-2026-000001, humanrights",
            "/api/v1/service-providers, humanrights",
            "/api/v1/hr-people/P-7K3Q9X, humanrights",
            "/api/v1/agreement-chapters/2, peace-process",
            "/api/v1/engagements, peace-process",
            "/api/v1/ceasefire/violations, peace-process",
    })
    void eachResourceReachesItsServiceWithPathAndQueryUnchanged(String path, String service) {
        client.get().uri(path + "?page=1&size=20&sort=name,asc")
                .header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.service").isEqualTo(service)
                .jsonPath("$.path").isEqualTo(path)
                .jsonPath("$.query").isEqualTo("page=1&size=20&sort=name,asc");
    }

    @Test
    void tokenAndCorrelationIdAreForwardedAndTheIdEchoedOnce() {
        String token = validToken();
        client.post().uri("/api/v1/hr-cases")
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .header("X-Request-Id", "case-intake.42")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"summary\":\"intake\"}")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().values("X-Request-Id", values -> assertThat(values).containsExactly("case-intake.42"))
                .expectBody()
                .jsonPath("$.method").isEqualTo("POST")
                .jsonPath("$.bodyBytes").isEqualTo(20)
                .jsonPath("$.headers.authorization").isEqualTo(bearer(token))
                .jsonPath("$.headers.x-request-id").isEqualTo("case-intake.42");
    }

    @Test
    void aMissingOrUnacceptableCorrelationIdIsReplacedByAGeneratedOne() {
        for (String unacceptable : new String[] {null, "spaces are not allowed", "x".repeat(65), "id;drop"}) {
            var request = client.get().uri("/api/v1/countries")
                    .header(HttpHeaders.AUTHORIZATION, bearer(validToken()));
            if (unacceptable != null) {
                request = request.header("X-Request-Id", unacceptable);
            }
            var result = request.exchange()
                    .expectStatus().isOk()
                    .expectBody(String.class).returnResult();
            String echoed = result.getResponseHeaders().getFirst("X-Request-Id");
            assertThat(UUID.fromString(echoed)).isNotNull();
            assertThat(result.getResponseBody()).contains("\"x-request-id\":\"" + echoed + "\"");
        }
    }

    @Test
    void unknownPathsAndLookAlikePrefixesAre404Problems() {
        for (String path : new String[] {"/api/v1/unknown-things", "/api/v1/field-offices-archive", "/api/v2/units", "/unknown-page"}) {
            client.get().uri(path)
                    .header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
                    .accept(MediaType.TEXT_HTML)
                    .exchange()
                    .expectStatus().isNotFound()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.type").isEqualTo("urn:unmiss:problem:not-found")
                    .jsonPath("$.status").isEqualTo(404)
                    .jsonPath("$.instance").isEqualTo(path)
                    .jsonPath("$.correlationId").isNotEmpty();
        }
    }

    @Test
    void theFallbackEndpointIsNotReachableDirectly() {
        client.get().uri("/fallback")
                .header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void eachServiceDocumentIsServedUnderItsNameWithoutAToken() {
        client.get().uri("/v3/api-docs/humanrights")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.info.title").isEqualTo("humanrights");
        assertThat(humanRights.hits("/v3/api-docs")).isPositive();
    }

    @Test
    void swaggerConfigListsTheFiveServiceDocuments() {
        client.get().uri("/v3/api-docs/swagger-config")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.urls.length()").isEqualTo(5)
                .jsonPath("$.urls[*].name").value(names -> assertThat(names.toString())
                        .contains("personnel", "poc-site", "humanrights", "gender", "peace-process"))
                .jsonPath("$.urls[?(@.name == 'gender')].url").isEqualTo("/v3/api-docs/gender")
                // signs a person in as mission-console with PKCE, back to a redirect URI the realm allows
                .jsonPath("$.oauth2RedirectUrl").isEqualTo("http://localhost:8080/swagger-ui/oauth2-redirect.html");
    }

    @Test
    void swaggerUiSignsPeopleInAsTheConsoleWithPkce() {
        client.get().uri("/swagger-ui/swagger-initializer.js")
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(script -> assertThat(script)
                        .contains("mission-console").contains("usePkceWithAuthorizationCodeGrant"));
    }

    @Test
    void swaggerUiIsServedWithAPolicyThatLetsItRun() {
        client.get().uri("/swagger-ui.html")
                .exchange()
                .expectStatus().is3xxRedirection()
                .expectHeader().location("/swagger-ui/index.html");
        client.get().uri("/swagger-ui/index.html")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().value("Content-Security-Policy", csp -> assertThat(csp)
                        .contains("script-src 'self'", "connect-src 'self' http://localhost:8180")
                        .doesNotContain("default-src 'none'"));
        client.get().uri("/swagger-ui/swagger-initializer.js")
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(script -> assertThat(script).contains("/v3/api-docs/swagger-config"));
    }
}
