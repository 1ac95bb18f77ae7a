package org.unmiss.peace;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.OpenApiDrift;
import org.unmiss.kit.testing.ServiceArchitecture;
import org.unmiss.kit.testing.ServiceTest;

@ServiceTest
class ServiceConventionsTest {

    @LocalServerPort
    int port;

    @Test
    void keepsThePackageRules() {
        ServiceArchitecture.verify("org.unmiss.peace");
    }

    @Test
    void servesTheCommittedOpenApiDocument() {
        OpenApiDrift.assertMatchesCommitted(ApiClient.onPort(port));
    }
}
