package org.unmiss.humanrights.hrcase;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unmiss.humanrights.HrFixtures.senior;
import static org.unmiss.humanrights.hrcase.CaseApiTest.assertProblem;

/** SGBV referrals from poc-site-service: one case per (service, reference), however often it is retried. */
@ServiceTest
class IntakeApiTest {

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;

    private String referral(String sourceReference, String office, String category) {
        return """
                {"sourceService": "poc-site-service", "sourceReference": "%s", "fieldOffice": "%s",
                 "occurredAt": "2026-02-14T21:30:00Z", "category": "%s",
                 "summary": "SGBV incident at PoC site MALAKAL, severity HIGH, people involved: 1"}
                """.formatted(sourceReference, office, category);
    }

    @Test
    void opensOneCasePerReferralHoweverOftenItIsRetried() {
        String unpol = issuer.token("unpol.officer.malakal", "MALAKAL", "POC_READ", "POC_WRITE");
        String sourceReference = "POC-INC-" + UUID.randomUUID();

        ApiResponse first = api.post("/api/v1/hr-cases/referrals", unpol, referral(sourceReference, "MALAKAL", "SGBV"));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        String reference = first.json().get("caseReference").asString();
        assertThat(reference).matches("HR-\\d{4}-\\d{6}");
        ApiResponse retry = api.post("/api/v1/hr-cases/referrals", unpol, referral(sourceReference, "MALAKAL", "SGBV"));
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().get("caseReference").asString()).isEqualTo(reference);

        ApiResponse hrView = api.get("/api/v1/hr-cases/" + reference, senior(issuer));
        assertThat(hrView.json().get("status").asString()).isEqualTo("RECEIVED");
        assertThat(hrView.json().get("confidentiality").asString()).isEqualTo("STRICTLY_CONFIDENTIAL");
        assertThat(hrView.json().at("/origin/sourceReference").asString()).isEqualTo(sourceReference);
        assertThat(hrView.json().at("/tags").toString()).contains("SGBV", "REFERRAL");
        assertThat(hrView.json().at("/occurredFrom/date").asString()).isEqualTo("2026-02-14");
        assertThat(hrView.json().get("createdBy").asString()).isEqualTo("unpol.officer.malakal");
        assertThat(api.get("/api/v1/hr-cases/" + reference, unpol).status()).isEqualTo(403);
    }

    @Test
    void concurrentDuplicatesStillOpenOneCase() {
        String service = issuer.token("service-account-mission-services", "HQ", "POC_WRITE");
        String body = referral("POC-INC-" + UUID.randomUUID(), "BENTIU", "RAPE");
        List<CompletableFuture<ApiResponse>> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            calls.add(CompletableFuture.supplyAsync(() -> api.post("/api/v1/hr-cases/referrals", service, body)));
        }
        Set<String> references = new HashSet<>();
        int createdCount = 0;
        for (CompletableFuture<ApiResponse> call : calls) {
            ApiResponse response = call.join();
            assertThat(response.status()).as(response.body()).isIn(200, 201);
            createdCount += response.status() == 201 ? 1 : 0;
            references.add(response.json().get("caseReference").asString());
        }
        assertThat(references).hasSize(1);
        assertThat(createdCount).isEqualTo(1);
        ApiResponse hrView = api.get("/api/v1/hr-cases/" + references.iterator().next(), senior(issuer));
        assertThat(hrView.json().at("/violations/0/type").asString()).isEqualTo("RAPE");
    }

    @Test
    void refusesReferralsItCannotFileAndCallersOutsideTheOffice() {
        String bentiu = issuer.token("unpol.officer.bentiu", "BENTIU", "POC_READ", "POC_WRITE");
        assertProblem(api.post("/api/v1/hr-cases/referrals", bentiu, referral("R-" + UUID.randomUUID(), "MALAKAL", "SGBV")), 403);
        assertProblem(api.post("/api/v1/hr-cases/referrals", bentiu, referral("R-" + UUID.randomUUID(), "BENTIU", "THEFT")), 400,
                "category");
        assertProblem(api.post("/api/v1/hr-cases/referrals", bentiu, referral("R-" + UUID.randomUUID(), "NOWHERE", "SGBV")), 400,
                "fieldOffice");
        assertProblem(api.post("/api/v1/hr-cases/referrals", bentiu, "{\"sourceService\": \"poc-site-service\"}"), 400,
                "sourceReference", "fieldOffice", "occurredAt", "category", "summary");
        assertProblem(api.post("/api/v1/hr-cases/referrals", issuer.token("x", "HQ", "POC_READ"),
                referral("R-" + UUID.randomUUID(), "BENTIU", "SGBV")), 403);
    }
}
