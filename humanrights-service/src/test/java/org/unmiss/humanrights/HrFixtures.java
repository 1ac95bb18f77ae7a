package org.unmiss.humanrights;

import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.TestIssuer;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Tokens shaped like the realm's job functions, and case bodies, shared by the service's tests. */
public final class HrFixtures {

    /**
     * A recorder who reads back what they wrote: the realm's officer before ADR 0092 moved HR_SENSITIVE to the senior
     * officer; tests of the officer as the realm has it now read the roles with {@code RealmCallers}.
     */
    public static final String[] OFFICER = {"HR_READ", "HR_WRITE", "HR_SENSITIVE", "POC_READ"};
    public static final String[] SENIOR = {"HR_READ", "HR_WRITE", "HR_SENSITIVE", "POC_READ", "HR_VERIFY", "HR_EXPORT",
            "HR_CONSENT_OVERRIDE", "HR_RELEASE"};
    public static final String[] ADMIN = {"MISSION_ADMIN", "PERSONNEL_READ", "PERSONNEL_WRITE", "POC_READ", "HR_READ",
            "GENDER_READ", "PEACE_READ", "PEACE_APPROVE"};

    private static final AtomicInteger NAMES = new AtomicInteger();

    private HrFixtures() {
    }

    public static String officer(TestIssuer issuer) {
        return issuer.token("hr.officer.malakal", "MALAKAL", OFFICER);
    }

    /** The Malakal officer with the roles the realm gives the job function now (no HR_SENSITIVE, ADR 0092). */
    public static String realmOfficer(TestIssuer issuer) {
        return issuer.token("hr.officer.malakal", "MALAKAL", REALM_OFFICER);
    }

    /** The realm's human rights officer's roles, read from the realm file. */
    public static final String[] REALM_OFFICER = org.unmiss.kit.testing.RealmCallers.load().rolesOf("human-rights-officer");

    public static String senior(TestIssuer issuer) {
        return issuer.token("hr.senior", "HQ", SENIOR);
    }

    public static String admin(TestIssuer issuer) {
        return issuer.token("mission.admin", "HQ", ADMIN);
    }

    /** A synthetic name no other test uses, so a search of raw documents for it means exactly this case. */
    public static String uniqueName() {
        return "Nyandeng Testperson" + NAMES.incrementAndGet() + "x" + System.nanoTime() % 100000;
    }

    /** A Malakal case of killing with one individual child victim (identity given) and a group of adults. */
    public static String caseBody(String office, String date, String victimName) {
        return """
                {"title": "Attack on a cattle camp", "narrative": "Witness %s described the attack.",
                 "fieldOffice": "%s",
                 "occurredFrom": {"date": "%s", "precision": "EXACT"},
                 "location": {"state": "UPPER_NILE", "county": "Malakal", "latitude": 9.53, "longitude": 31.65},
                 "tags": ["CATTLE_RAID"],
                 "sources": [{"connection": "WITNESS", "reliability": "RELIABLE",
                              "identity": {"name": "Source %s", "contact": "+211 900 000 001"}}],
                 "violations": [{"type": "KILLING",
                                 "perpetrators": [{"partyCode": "SSPDF", "description": "uniformed men"}],
                                 "victims": [{"kind": "INDIVIDUAL", "sex": "FEMALE", "age": 14,
                                              "identity": {"name": "%s", "contact": "+211 912 345 678",
                                                           "exactLocation": "Block 4, shelter 12"}},
                                             {"kind": "GROUP", "count": 3, "sex": "MALE", "ageGroup": "AGE_18_59"}]}]}
                """.formatted(victimName, office, date, victimName, victimName);
    }

    public static ApiResponse create(ApiClient api, String token, String body) {
        ApiResponse created = api.post("/api/v1/hr-cases", token, body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created;
    }

    public static ApiResponse transition(ApiClient api, String token, String reference, String etag, String body) {
        return api.send("POST", "/api/v1/hr-cases/" + reference + "/transitions", token, body,
                etag == null ? Map.of() : Map.of("If-Match", etag));
    }

    /** Takes a case from RECEIVED to VERIFIED as the senior officer; returns the last ETag. */
    public static String verify(ApiClient api, TestIssuer issuer, String reference, String etag) {
        ApiResponse investigating = transition(api, officer(issuer), reference, etag, "{\"to\": \"UNDER_INVESTIGATION\"}");
        assertThat(investigating.status()).as(investigating.body()).isEqualTo(200);
        ApiResponse verified = transition(api, senior(issuer), reference, investigating.header("ETag"),
                "{\"to\": \"VERIFIED\", \"standardOfProof\": \"REASONABLE_GROUNDS\", \"note\": \"two sources\"}");
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        return verified.header("ETag");
    }
}
