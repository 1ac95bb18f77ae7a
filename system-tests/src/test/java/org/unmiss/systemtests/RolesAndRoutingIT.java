package org.unmiss.systemtests;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Each service is reached through the gateway and decides on the caller's roles itself. */
@ExtendWith(PlatformExtension.class)
@Order(2)
class RolesAndRoutingIT {

    private final ApiClient gateway = new ApiClient(Platform.current().gateway());

    @ParameterizedTest(name = "{0} may read {1}")
    @CsvSource({
            "personnel.officer,    /api/v1/field-offices",
            "unpol.officer.bentiu, /api/v1/poc-sites",
            "hr.officer.malakal,   /api/v1/perpetrator-parties",
            "gender.officer.wau,   /api/v1/wps-pillars",
            "civil.affairs,        /api/v1/agreement-chapters"})
    void theRightRoleIsServedByEachService(String user, String path) {
        ApiResponse response = gateway.get(path, Tokens.forUser(user));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0} may not read {1}")
    @CsvSource({
            "gender.officer.wau,   /api/v1/perpetrator-parties",
            "hr.officer.malakal,   /api/v1/agreement-chapters",
            "hr.officer.malakal,   /api/v1/field-offices",
            "personnel.officer,    /api/v1/poc-sites"})
    void theWrongRoleIsForbidden(String user, String path) {
        ApiResponse response = gateway.get(path, Tokens.forUser(user));
        EdgeSecurityIT.assertProblem(response, 403);
    }

    @Test
    void reportingToolsUseClientCredentials() {
        String reporting = Tokens.forClient("reporting-tools", "reporting-tools-dev-secret");
        ApiResponse offices = gateway.get("/api/v1/field-offices?openOn=2026-06-30", reporting);
        assertThat(offices.status()).as(offices.body()).isEqualTo(200);
        assertThat(offices.json().get("totalElements").asInt()).isEqualTo(9);
        assertThat(gateway.get("/api/v1/wps-pillars", reporting).status()).isEqualTo(200);
    }

    @Test
    void theGatewayListsEveryServicesOpenApiDocument() {
        for (String service : new String[]{"personnel", "poc-site", "humanrights", "gender", "peace-process"}) {
            ApiResponse doc = gateway.get("/v3/api-docs/" + service, null);
            assertThat(doc.status()).as(service).isEqualTo(200);
            assertThat(doc.json().at("/components/securitySchemes/bearer-jwt/scheme").asString()).isEqualTo("bearer");
        }
        assertThat(gateway.get("/v3/api-docs/swagger-config", null).body())
                .contains("/v3/api-docs/personnel", "/v3/api-docs/peace-process");
    }
}
