package org.unmiss.humanrights.audit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unmiss.humanrights.HrFixtures.admin;
import static org.unmiss.humanrights.HrFixtures.caseBody;
import static org.unmiss.humanrights.HrFixtures.create;
import static org.unmiss.humanrights.HrFixtures.officer;
import static org.unmiss.humanrights.HrFixtures.senior;
import static org.unmiss.humanrights.HrFixtures.uniqueName;

/**
 * Audit details hold codes, references and lengths: text typed into a request never reaches the log.
 * (An intake's details: {@code IntakeApiTest.anIntakeIsAuditedByCodesAndLengthsOnly}, which has poc-site-service's stand-in.)
 */
@ServiceTest
class AuditDetailApiTest {

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;

    @Test
    void reasonsProvidersNotesAndPartnersAreRecordedByLengthOnly() {
        String name = uniqueName();
        ApiResponse created = create(api, officer(issuer), caseBody("MALAKAL", "2026-03-07", name));
        String reference = created.json().get("reference").asString();
        String victim = created.json().at("/violations/0/victims/0/code").asString();
        String reason = "Reason naming " + name;
        String provider = "Clinic of " + name;
        ApiResponse referred = api.post("/api/v1/hr-cases/" + reference + "/referrals", senior(issuer),
                "{\"victimCode\": \"" + victim + "\", \"service\": \"MEDICAL\", \"provider\": \"" + provider
                        + "\", \"note\": \"Note on " + name + "\", \"overrideReason\": \"" + reason + "\"}");
        assertThat(referred.status()).as(referred.body()).isEqualTo(201);
        ApiResponse shared = api.post("/api/v1/hr-cases/" + reference + "/identified-sharing", senior(issuer),
                "{\"victimCode\": \"" + victim + "\", \"partner\": \"Friends of " + name + "\", \"note\": \"Note on " + name
                        + "\", \"overrideReason\": \"" + reason + "\"}");
        assertThat(shared.status()).as(shared.body()).isEqualTo(201);
        ApiResponse log = api.get("/api/v1/hr-audit/events?size=200", admin(issuer));
        assertThat(log.body()).doesNotContain(name.split(" ")[1]);
        ApiResponse overrides = api.get("/api/v1/hr-audit/events?caseReference=" + reference + "&action=CONSENT_OVERRIDDEN&sort=sequence,asc",
                admin(issuer));
        assertThat(overrides.json().at("/content/0/detail").asString()).isEqualTo(victim + " referral, reason=" + reason.length() + " chars");
        assertThat(api.get("/api/v1/hr-audit/events?caseReference=" + reference + "&action=REFERRAL_MADE", admin(issuer))
                .json().at("/content/0/detail").asString())
                .isEqualTo(victim + " to MEDICAL, provider=" + provider.length() + " chars, note=" + ("Note on " + name).length() + " chars");
    }

    @Test
    void listFiltersAreValidatedAndRecordedAsValidatedValues() {
        String token = senior(issuer);
        assertThat(api.get("/api/v1/hr-cases?fieldOffice=Nyandeng%20Office", token).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/hr-cases?tag=about%20Nyandeng", token).status()).isEqualTo(400);
        ApiResponse listed = api.send("GET", "/api/v1/hr-cases?fieldOffice=MALAKAL&tag=CATTLE_RAID&status=RECEIVED&size=5", token, null,
                Map.of("X-Request-Id", "audit-filter-1"));
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        ApiResponse log = api.get("/api/v1/hr-audit/events?action=CASE_LISTED&size=200", admin(issuer));
        assertThat(log.body()).doesNotContain("Nyandeng");
        String detail = null;
        for (var event : log.json().get("content")) {
            if ("audit-filter-1".equals(event.path("correlationId").asString(null))) {
                detail = event.get("detail").asString();
            }
        }
        assertThat(detail).startsWith("fieldOffice=MALAKAL status=RECEIVED violationType=any state=any tag=CATTLE_RAID"
                + " occurred=any..any page 0 size 5: ");
    }
}
