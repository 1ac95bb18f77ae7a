package org.unmiss.peace.agreement;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class AgreementChapterApiTest {

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;

    @Test
    void listsTheEightChaptersInOrder() {
        ApiResponse response = api.get("/api/v1/agreement-chapters", issuer.token("civil.affairs", "HQ", "PEACE_READ"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().findValuesAsString("code")).containsExactly("I", "II", "III", "IV", "V", "VI", "VII", "VIII");
        ApiResponse ceasefire = api.get("/api/v1/agreement-chapters/II", issuer.token("analyst", "HQ", "REPORTING"));
        assertThat(ceasefire.json().get("title").asString()).contains("ceasefire");
    }

    @Test
    void refusesOtherRolesAndAnonymousCallers() {
        assertThat(api.get("/api/v1/agreement-chapters", null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/agreement-chapters", issuer.expiredToken("x", "HQ", "PEACE_READ")).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/agreement-chapters", issuer.token("hr.senior", "HQ", "HR_READ", "HR_VERIFY")).status()).isEqualTo(403);
    }
}
