package org.unmiss.humanrights.party;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class PerpetratorPartyApiTest {

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;

    @Test
    void keepsRenamedPartiesWithTheirSuccessor() {
        ApiResponse spla = api.get("/api/v1/perpetrator-parties/SPLA", issuer.token("hr.officer.malakal", "MALAKAL", "HR_READ"));
        assertThat(spla.status()).isEqualTo(200);
        assertThat(spla.json().get("successorCode").asString()).isEqualTo("SSPDF");
        ApiResponse groups = api.get("/api/v1/perpetrator-parties?kind=NON_STATE_ARMED_GROUP", issuer.token("analyst", "HQ", "REPORTING"));
        assertThat(groups.json().get("content").findValuesAsString("code"))
                .containsExactly("NAS", "SPLA-IO-KITGWANG", "SPLM-A-IO", "SSOA");
    }

    @Test
    void refusesRolesOutsideHumanRights() {
        assertThat(api.get("/api/v1/perpetrator-parties", null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/perpetrator-parties", issuer.hs256Token("x", "HQ", "HR_READ")).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/perpetrator-parties", issuer.tokenWithAudience("other-api", "x", "HQ", "HR_READ")).status())
                .isEqualTo(401);
        assertThat(api.get("/api/v1/perpetrator-parties", issuer.token("civil.affairs", "HQ", "PEACE_READ")).status())
                .isEqualTo(403);
    }
}
