package org.unmiss.gateway;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.unmiss.gateway.support.FakeService;
import org.unmiss.kit.testing.TestIssuer;

/**
 * One running gateway (real HTTP on a random port) shared by all integration tests: a test issuer
 * standing in for Keycloak, four fake services on loopback ports and one service that is down
 * (gender: nothing listens on its port). Subclasses share the Spring context, so it starts once.
 */
// service-kit is on the test classpath only for TestIssuer; its auto-configuration and defaults
// apply to servlet applications only, so they do not shape what these tests see.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// A generous client timeout: the first request warms the whole stack, slow on a loaded 2-core machine.
@AutoConfigureWebTestClient(timeout = "PT30S")
abstract class GatewayTestSupport {

    static final String FRONT_END = "http://intranet.unmiss.test";
    static final int MAX_REQUEST_BYTES = 16 * 1024;
    static final int MAX_STREAMED_UPLOAD_BYTES = 4 * MAX_REQUEST_BYTES;
    static final int RESPONSE_TIMEOUT_MS = 1000;
    static final int IMPORT_RESPONSE_TIMEOUT_MS = 5000;
    static final int RETRY_AFTER_SECONDS = 7;
    static final int BODY_TIMEOUT_MS = 1500;

    static final TestIssuer issuer = TestIssuer.start();
    static final FakeService personnel = FakeService.start("personnel");
    static final FakeService pocSite = FakeService.start("poc-site");
    static final FakeService humanRights = FakeService.start("humanrights");
    static final FakeService peaceProcess = FakeService.start("peace-process");
    static final String genderDown = FakeService.closedPortUrl();

    @Autowired
    WebTestClient client;

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) {
        registry.add("unmiss.security.issuer-uri", issuer::issuerUri);
        registry.add("unmiss.security.jwk-set-uri", issuer::jwkSetUri);
        registry.add("PERSONNEL_URL", personnel::url);
        registry.add("POC_SITE_URL", pocSite::url);
        registry.add("HUMANRIGHTS_URL", humanRights::url);
        registry.add("GENDER_URL", () -> genderDown);
        registry.add("PEACE_PROCESS_URL", peaceProcess::url);
        registry.add("unmiss.gateway.response-timeout-ms", () -> RESPONSE_TIMEOUT_MS);
        registry.add("unmiss.gateway.import-response-timeout-ms", () -> IMPORT_RESPONSE_TIMEOUT_MS);
        registry.add("unmiss.gateway.max-request-bytes", () -> MAX_REQUEST_BYTES + "B");
        registry.add("unmiss.gateway.max-streamed-upload-bytes", () -> MAX_STREAMED_UPLOAD_BYTES + "B");
        registry.add("unmiss.gateway.retry-after", () -> RETRY_AFTER_SECONDS + "s");
        registry.add("unmiss.gateway.request-body-timeout", () -> BODY_TIMEOUT_MS + "ms");
        registry.add("unmiss.gateway.cors.allowed-origins", () -> FRONT_END);
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    static String validToken() {
        return issuer.token("hr.officer", "MALAKAL", "HR_READ", "HR_WRITE");
    }
}
