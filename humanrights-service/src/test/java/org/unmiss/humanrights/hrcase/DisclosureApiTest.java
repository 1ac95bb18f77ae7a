package org.unmiss.humanrights.hrcase;

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
import static org.unmiss.humanrights.hrcase.CaseApiTest.assertProblem;

/** Consent gates referrals and identified sharing; overriding it is its own permission, with a reason, audited. */
@ServiceTest
class DisclosureApiTest {

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;

    @Test
    void refusesAReferralWithoutConsentUnlessOverriddenWithAReason() {
        ApiResponse created = create(api, officer(issuer), caseBody("MALAKAL", "2026-03-02", uniqueName()));
        String reference = created.json().get("reference").asString();
        String victim = created.json().at("/violations/0/victims/0/code").asString();
        assertThat(created.json().at("/violations/0/victims/0/consent/servicesReferral").asBoolean()).isFalse();
        String referral = "{\"victimCode\": \"" + victim + "\", \"service\": \"MEDICAL\", \"provider\": \"Malakal hospital\"%s}";
        String path = "/api/v1/hr-cases/" + reference + "/referrals";

        ApiResponse refused = api.post(path, officer(issuer), referral.formatted(""));
        assertProblem(refused, 409);
        assertThat(refused.json().get("detail").asString()).contains("consent");
        assertProblem(api.post(path, officer(issuer), referral.formatted(", \"overrideReason\": \"life-saving care\"")), 403);
        assertProblem(api.post(path, officer(issuer), referral.formatted("").replace(victim, "V-NOBODY")), 400, "victimCode");

        ApiResponse overridden = api.post(path, senior(issuer), referral.formatted(", \"overrideReason\": \"life-saving care\""));
        assertThat(overridden.status()).as(overridden.body()).isEqualTo(201);
        assertThat(overridden.json().at("/disclosures/0/overrideReason").asString()).isEqualTo("life-saving care");
        ApiResponse audit = api.get("/api/v1/hr-audit/events?caseReference=" + reference + "&action=CONSENT_OVERRIDDEN", admin(issuer));
        assertThat(audit.json().at("/content/0/actor").asString()).isEqualTo("hr.senior");
        // the reason is kept with the disclosure; the audit entry says only that there was one, and how long
        assertThat(audit.json().at("/content/0/detail").asString()).contains(victim, "reason=16 chars")
                .doesNotContain("life-saving care");
    }

    @Test
    void refersAndSharesOnceConsentIsRecordedAndOnlyWithTheNamedPartner() {
        ApiResponse created = create(api, officer(issuer), caseBody("MALAKAL", "2026-03-03", uniqueName()));
        String reference = created.json().get("reference").asString();
        String victim = created.json().at("/violations/0/victims/0/code").asString();
        String group = created.json().at("/violations/0/victims/1/code").asString();
        String consentPath = "/api/v1/hr-cases/" + reference + "/victims/" + victim + "/consent";
        String consent = "{\"servicesReferral\": true, \"deidentifiedReporting\": true, \"identifiedSharing\": true, \"sharingPartners\": [\"UNICEF\"]}";

        assertProblem(api.send("PUT", consentPath, officer(issuer), consent, Map.of()), 428);
        assertProblem(api.send("PUT", consentPath, officer(issuer), "{\"servicesReferral\": true}", Map.of("If-Match", "\"0\"")), 400,
                "deidentifiedReporting", "identifiedSharing");
        // the victim is 14: identified sharing needs a caregiver's consent and the child's own assent, both recorded
        assertProblem(api.send("PUT", consentPath, officer(issuer), consent, Map.of("If-Match", created.header("ETag"))), 400,
                "caregiverConsent", "childAssent");
        ApiResponse withoutAssent = api.send("PUT", consentPath, officer(issuer), consent.replace("}", ", \"caregiverConsent\": true}"),
                Map.of("If-Match", created.header("ETag")));
        assertProblem(withoutAssent, 400, "childAssent");
        assertThat(withoutAssent.json().get("errors").findValuesAsString("field")).containsExactly("childAssent");
        consent = consent.replace("}", ", \"caregiverConsent\": true, \"childAssent\": true}");
        ApiResponse recorded = api.send("PUT", consentPath, officer(issuer), consent, Map.of("If-Match", created.header("ETag")));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        assertThat(recorded.json().at("/violations/0/victims/0/consent/recordedBy").asString()).isEqualTo("hr.officer.malakal");

        ApiResponse referred = api.post("/api/v1/hr-cases/" + reference + "/referrals", officer(issuer),
                "{\"victimCode\": \"" + victim + "\", \"service\": \"PSYCHOSOCIAL\", \"provider\": \"IRC\"}");
        assertThat(referred.status()).as(referred.body()).isEqualTo(201);
        assertThat(referred.json().at("/disclosures/0/overrideReason").isNull()).isTrue();

        String share = "/api/v1/hr-cases/" + reference + "/identified-sharing";
        assertProblem(api.post(share, officer(issuer), "{\"victimCode\": \"" + victim + "\", \"partner\": \"Some NGO\"}"), 409);
        assertProblem(api.post(share, officer(issuer), "{\"victimCode\": \"" + group + "\", \"partner\": \"UNICEF\"}"), 409);
        ApiResponse shared = api.post(share, officer(issuer), "{\"victimCode\": \"" + victim + "\", \"partner\": \"unicef\"}");
        assertThat(shared.status()).as(shared.body()).isEqualTo(201);
        assertThat(shared.json().at("/disclosures/1/kind").asString()).isEqualTo("IDENTIFIED_SHARING");
        ApiResponse audit = api.get("/api/v1/hr-audit/events?caseReference=" + reference + "&action=IDENTITY_SHARED", admin(issuer));
        assertThat(audit.json().get("totalElements").asInt()).isEqualTo(1);
    }
}
