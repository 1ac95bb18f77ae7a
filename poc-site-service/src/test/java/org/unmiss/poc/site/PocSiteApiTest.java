package org.unmiss.poc.site;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class PocSiteApiTest {

    @LocalServerPort
    int port;

    @Autowired
    TestIssuer issuer;

    @Test
    void listsSitesByDesignation() {
        ApiClient api = ApiClient.onPort(port);
        String token = issuer.token("unpol.officer.bentiu", "BENTIU", "POC_READ");
        assertThat(api.get("/api/v1/poc-sites", token).json().get("totalElements").asInt()).isEqualTo(6);
        ApiResponse stillPoc = api.get("/api/v1/poc-sites?designation=POC_SITE", token);
        assertThat(stillPoc.json().get("content").findValuesAsString("code")).containsExactly("MALAKAL");
        ApiResponse bor = api.get("/api/v1/poc-sites/BOR", token);
        assertThat(bor.json().get("redesignatedOn").asString()).isEqualTo("2020-09-25");
    }

    @Test
    void namesTheAcceptedValuesOfAnUnknownDesignation() {
        ApiResponse response = ApiClient.onPort(port).get("/api/v1/poc-sites?designation=REFUGEE_CAMP",
                issuer.token("unpol.officer.bentiu", "BENTIU", "POC_READ"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("designation");
        assertThat(response.json().get("errors").get(0).get("reason").asString()).contains("POC_SITE", "IDP_CAMP");
    }

    @Test
    void refusesOtherRolesAndAnonymousCallers() {
        ApiClient api = ApiClient.onPort(port);
        assertThat(api.get("/api/v1/poc-sites", null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/poc-sites", issuer.expiredToken("x", "HQ", "POC_READ")).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/poc-sites", issuer.token("hr.officer.malakal", "MALAKAL", "HR_READ")).status()).isEqualTo(403);
    }
}
