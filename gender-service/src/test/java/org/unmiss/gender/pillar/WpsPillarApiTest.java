package org.unmiss.gender.pillar;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class WpsPillarApiTest {

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;

    @Test
    void listsTheFourPillarsInOrder() {
        ApiResponse response = api.get("/api/v1/wps-pillars", issuer.token("gender.officer.wau", "WAU", "GENDER_READ"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().findValuesAsString("code"))
                .containsExactly("PARTICIPATION", "PROTECTION", "PREVENTION", "RELIEF_AND_RECOVERY");
    }

    @Test
    void refusesOtherRolesAndAnonymousCallers() {
        assertThat(api.get("/api/v1/wps-pillars", null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/wps-pillars", issuer.forgedToken("x", "HQ", "GENDER_READ")).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/wps-pillars", issuer.token("personnel.officer", "HQ", "PERSONNEL_READ")).status()).isEqualTo(403);
    }
}
