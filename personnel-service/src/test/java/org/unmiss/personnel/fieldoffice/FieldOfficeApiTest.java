package org.unmiss.personnel.fieldoffice;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class FieldOfficeApiTest {

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;

    @Test
    void listsTheReferenceDataLoadedOnStart() {
        ApiResponse response = api.get("/api/v1/field-offices?size=200", issuer.token("personnel.officer", "HQ", "PERSONNEL_READ"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("totalElements").asInt()).isEqualTo(11);
        assertThat(response.json().get("content").get(0).get("code").asString()).isEqualTo("AWEIL");
    }

    @Test
    void filtersByTheDateAnOfficeWasOpen() {
        String token = issuer.token("reporting", "HQ", "REPORTING");
        ApiResponse in2025 = api.get("/api/v1/field-offices?openOn=2025-06-30&size=200", token);
        ApiResponse in2026 = api.get("/api/v1/field-offices?openOn=2026-06-30&size=200", token);
        assertThat(in2025.json().get("totalElements").asInt()).isEqualTo(11);
        assertThat(in2026.json().get("totalElements").asInt()).isEqualTo(9);
        assertThat(in2026.body()).doesNotContain("\"TORIT\"").doesNotContain("\"AWEIL\"");
    }

    @Test
    void aClosedOfficeKeepsItsRecordAndSuccessor() {
        ApiResponse aweil = api.get("/api/v1/field-offices/AWEIL", issuer.token("partner", "HQ", "PARTNER"));
        assertThat(aweil.status()).isEqualTo(200);
        assertThat(aweil.header("ETag")).isEqualTo("\"0\"");
        assertThat(aweil.json().get("successorCode").asString()).isEqualTo("WAU");
        assertThat(aweil.json().get("effectiveTo").asString()).isEqualTo("2026-01-01");
    }

    @Test
    void refusesCallersWithoutAPersonnelRole() {
        ApiResponse noToken = api.get("/api/v1/field-offices", null);
        assertThat(noToken.status()).isEqualTo(401);
        assertThat(noToken.contentType()).startsWith("application/problem+json");

        ApiResponse forged = api.get("/api/v1/field-offices", issuer.forgedToken("x", "HQ", "PERSONNEL_READ"));
        assertThat(forged.status()).isEqualTo(401);

        ApiResponse wrongRole = api.get("/api/v1/field-offices", issuer.token("gender.officer.wau", "WAU", "GENDER_READ"));
        assertThat(wrongRole.status()).isEqualTo(403);
        assertThat(wrongRole.json().get("type").asString()).isEqualTo("urn:unmiss:problem:forbidden");
    }

    @Test
    void answersBadListParametersWithTheirNames() {
        String token = issuer.token("personnel.officer", "HQ", "PERSONNEL_READ");
        ApiResponse badSize = api.get("/api/v1/field-offices?size=500&sort=colour", token);
        assertThat(badSize.status()).isEqualTo(400);
        assertThat(badSize.json().get("errors").findValuesAsString("field")).containsExactly("size", "sort");

        ApiResponse badDate = api.get("/api/v1/field-offices?openOn=yesterday", token);
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().get("errors").get(0).get("field").asString()).isEqualTo("openOn");

        ApiResponse missing = api.get("/api/v1/field-offices/ATLANTIS", token);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("detail").asString()).contains("ATLANTIS");
    }
}
