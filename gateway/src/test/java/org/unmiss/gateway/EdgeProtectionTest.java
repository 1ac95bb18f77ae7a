package org.unmiss.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;

/** Body size limit, CORS for the intranet front end, and security headers on every response. */
class EdgeProtectionTest extends GatewayTestSupport {

    @Test
    void aBodyOverTheLimitIsRefusedWith413ProblemBeforeReachingTheService() {
        client.post().uri("/api/v1/personnel/oversized-imports")
                .header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
                .contentType(MediaType.valueOf("text/csv"))
                .bodyValue(new byte[MAX_REQUEST_BYTES + 1])
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:unmiss:problem:payload-too-large")
                .jsonPath("$.status").isEqualTo(413)
                .jsonPath("$.correlationId").isNotEmpty();
        assertThat(personnel.hits("/api/v1/personnel/oversized-imports")).isZero();
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedWith413Problem() {
        client.post().uri("/api/v1/personnel/chunked-imports")
                .header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
                .contentType(MediaType.valueOf("text/csv"))
                .body(BodyInserters.fromDataBuffers(chunks(4, MAX_REQUEST_BYTES / 2)))
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(personnel.hits("/api/v1/personnel/chunked-imports")).isZero();
    }

    @Test
    void bodiesWithinTheLimitPassWhetherSizedOrChunked() {
        client.post().uri("/api/v1/personnel/imports")
                .header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
                .contentType(MediaType.valueOf("text/csv"))
                .bodyValue(new byte[MAX_REQUEST_BYTES])
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.bodyBytes").isEqualTo(MAX_REQUEST_BYTES);
        client.post().uri("/api/v1/personnel/imports")
                .header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
                .contentType(MediaType.valueOf("text/csv"))
                .body(BodyInserters.fromDataBuffers(chunks(2, MAX_REQUEST_BYTES / 2)))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.bodyBytes").isEqualTo(MAX_REQUEST_BYTES);
    }

    @Test
    void anEvidenceUploadMayBeLargerThanOtherBodiesUpToItsOwnLimitAndOnlyThere() {
        String evidence = "/api/v1/hr-cases/HR-2026-000001/evidence";
        client.post().uri(evidence + "?kind=PHOTO")
                .header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
                .contentType(MediaType.IMAGE_JPEG)
                .bodyValue(new byte[MAX_STREAMED_UPLOAD_BYTES])
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.bodyBytes").isEqualTo(MAX_STREAMED_UPLOAD_BYTES);
        client.post().uri(evidence + "?kind=PHOTO")
                .header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
                .contentType(MediaType.IMAGE_JPEG)
                .body(BodyInserters.fromDataBuffers(chunks(4, MAX_STREAMED_UPLOAD_BYTES / 4)))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.bodyBytes").isEqualTo(MAX_STREAMED_UPLOAD_BYTES);
        int passed = humanRights.hits(evidence);

        client.post().uri(evidence + "?kind=PHOTO")
                .header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
                .contentType(MediaType.IMAGE_JPEG)
                .bodyValue(new byte[MAX_STREAMED_UPLOAD_BYTES + 1])
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        // a declared length over the limit is refused before anything is forwarded
        assertThat(humanRights.hits(evidence)).isEqualTo(passed);
        client.post().uri(evidence + "?kind=PHOTO")
                .header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
                .contentType(MediaType.IMAGE_JPEG)
                .body(BodyInserters.fromDataBuffers(chunks(5, MAX_STREAMED_UPLOAD_BYTES / 4)))
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        // a chunked body is streamed, not held: the service may see its start, never its end (it keeps nothing of
        // an upload cut short, EvidenceApiTest), so at most this one request reached it
        assertThat(humanRights.hits(evidence)).isBetween(passed, passed + 1);
        // every other path of the same service keeps the general limit
        client.post().uri("/api/v1/hr-cases/HR-2026-000001/violations")
                .header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new byte[MAX_REQUEST_BYTES + 1])
                .exchange()
                .expectStatus().isEqualTo(413);
        assertThat(humanRights.hits("/api/v1/hr-cases/HR-2026-000001/violations")).isZero();
    }

    @Test
    void preflightFromTheFrontEndIsAnsweredWithoutAToken() {
        client.options().uri("/api/v1/hr-cases/HR-2026-000001")
                .header(HttpHeaders.ORIGIN, FRONT_END)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "PATCH")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization, content-type, if-match, x-request-id")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, FRONT_END)
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, methods -> assertThat(methods).contains("PATCH"))
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS,
                        headers -> assertThat(headers.toLowerCase()).contains("if-match", "x-request-id"));
        assertThat(humanRights.hits("/api/v1/hr-cases/HR-2026-000001")).isZero();
    }

    @Test
    void preflightFromAnotherOriginIsRefused() {
        client.options().uri("/api/v1/hr-cases")
                .header(HttpHeaders.ORIGIN, "https://elsewhere.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:unmiss:problem:forbidden");
    }

    @Test
    void crossOriginResponsesExposeTheHeadersTheFrontEndReads() {
        client.get().uri("/api/v1/poc-sites")
                .header(HttpHeaders.ORIGIN, FRONT_END)
                .header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, FRONT_END)
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, exposed -> assertThat(exposed)
                        .contains("ETag", "Location", "X-Request-Id", "Retry-After"));
        // A refusal must be readable by the page too.
        client.get().uri("/api/v1/poc-sites")
                .header(HttpHeaders.ORIGIN, FRONT_END)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, FRONT_END);
    }

    @Test
    void securityHeadersAreOnRoutedResponsesAndOnRefusals() {
        expectSecurityHeaders(client.get().uri("/api/v1/engagements")
                .header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
                .exchange()
                .expectStatus().isOk());
        expectSecurityHeaders(client.get().uri("/api/v1/engagements").exchange().expectStatus().isUnauthorized());
        expectSecurityHeaders(client.get().uri("/api/v1/nothing-here")
                .header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
                .exchange()
                .expectStatus().isNotFound());
    }

    private static void expectSecurityHeaders(WebTestClient.ResponseSpec response) {
        response.expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("Referrer-Policy", "no-referrer")
                .expectHeader().value("Content-Security-Policy", csp -> assertThat(csp)
                        .startsWith("default-src 'none'").contains("frame-ancestors 'none'"));
    }

    private static Flux<DataBuffer> chunks(int count, int size) {
        return Flux.range(0, count).map(i -> DefaultDataBufferFactory.sharedInstance.wrap(new byte[size]));
    }
}
