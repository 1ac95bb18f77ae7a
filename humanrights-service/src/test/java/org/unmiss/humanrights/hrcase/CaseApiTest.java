package org.unmiss.humanrights.hrcase;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ProblemAssert;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unmiss.humanrights.HrFixtures.admin;
import static org.unmiss.humanrights.HrFixtures.caseBody;
import static org.unmiss.humanrights.HrFixtures.create;
import static org.unmiss.humanrights.HrFixtures.officer;
import static org.unmiss.humanrights.HrFixtures.senior;
import static org.unmiss.humanrights.HrFixtures.transition;
import static org.unmiss.humanrights.HrFixtures.uniqueName;

@ServiceTest
class CaseApiTest {

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;

    @Autowired
    MongoTemplate mongo;

    @Test
    void recordsACaseWithAReferenceAndSealsEveryIdentityBeforeStorage() {
        String name = uniqueName();
        ApiResponse created = create(api, officer(issuer), caseBody("MALAKAL", "2026-03-10", name));

        JsonNode body = created.json();
        String reference = body.get("reference").asString();
        assertThat(reference).matches("HR-\\d{4}-\\d{6}");
        assertThat(created.header("Location")).endsWith("/api/v1/hr-cases/" + reference);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(created.header("Cache-Control")).contains("no-store");
        assertThat(created.body()).doesNotContain(name).doesNotContain("912 345");
        assertThat(body.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(body.at("/tags").toString()).contains("CATTLE_RAID", "CHILD");
        JsonNode child = body.at("/violations/0/victims/0");
        assertThat(child.get("code").asString()).matches("V-[2-9A-HJ-NP-Z]{6}");
        assertThat(child.get("ageGroup").asString()).isEqualTo("AGE_12_17");
        assertThat(child.get("child").asBoolean()).isTrue();
        assertThat(child.get("civilianStatus").asString()).isEqualTo("PRESUMED_CIVILIAN");
        assertThat(child.get("identityRecorded").asBoolean()).isTrue();
        assertThat(body.at("/violations/0/victimCount").isMissingNode()).isTrue();

        Document raw = mongo.getCollection("hr_cases").find(new org.bson.Document("_id", reference)).first();
        assertThat(raw).isNotNull();
        String stored = raw.toJson();
        assertThat(stored).doesNotContain(name).doesNotContain("Nyandeng").doesNotContain("912 345")
                .doesNotContain("Block 4").doesNotContain("described the attack").doesNotContain("Source ");
        assertThat(stored).contains("sealedName");
    }

    @Test
    void showsIdentitiesOnlyToHrSensitiveOnRequestAndNeverToOthers() {
        String name = uniqueName();
        String reference = create(api, officer(issuer), caseBody("MALAKAL", "2026-02-01", name)).json().get("reference").asString();

        ApiResponse plain = api.get("/api/v1/hr-cases/" + reference, admin(issuer));
        assertThat(plain.status()).isEqualTo(200);
        assertThat(plain.body()).doesNotContain(name).doesNotContain("Source ");
        assertThat(plain.json().get("identitiesRevealed").asBoolean()).isFalse();
        assertThat(plain.json().get("narrative").isNull()).isTrue();
        assertThat(plain.header("Cache-Control")).contains("no-store");

        ApiResponse refused = api.get("/api/v1/hr-cases/" + reference + "?identities=true", admin(issuer));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain(name);

        ApiResponse revealed = api.get("/api/v1/hr-cases/" + reference + "?identities=true", senior(issuer));
        assertThat(revealed.status()).isEqualTo(200);
        assertThat(revealed.json().at("/violations/0/victims/0/identity/name").asString()).isEqualTo(name);
        assertThat(revealed.json().at("/violations/0/victims/0/identity/exactLocation").asString()).isEqualTo("Block 4, shelter 12");
        assertThat(revealed.json().at("/violations/0/victims/1/identity").isNull()).isTrue();
        assertThat(revealed.json().at("/sources/0/identity/name").asString()).isEqualTo("Source " + name);
        assertThat(revealed.json().get("narrative").asString()).contains(name);

        ApiResponse audit = api.get("/api/v1/hr-audit/events?caseReference=" + reference + "&action=IDENTITY_READ", admin(issuer));
        assertThat(audit.status()).isEqualTo(200);
        JsonNode event = audit.json().at("/content/0");
        assertThat(event.get("actor").asString()).isEqualTo("hr.senior");
        assertThat(event.get("fieldOffice").asString()).isEqualTo("HQ");
        assertThat(event.get("roles").asString()).contains("HR_SENSITIVE");
        assertThat(audit.body()).doesNotContain(name);
    }

    @Test
    void keepsEachOfficesCasesFromOtherOffices() {
        String reference = create(api, officer(issuer), caseBody("MALAKAL", "2026-01-20", uniqueName())).json()
                .get("reference").asString();
        String juba = issuer.token("hr.officer.juba", "JUBA", "HR_READ", "HR_WRITE", "HR_SENSITIVE");

        assertThat(api.get("/api/v1/hr-cases/" + reference, juba).status()).isEqualTo(404);
        ApiResponse jubaList = api.get("/api/v1/hr-cases?size=200", juba);
        assertThat(jubaList.body()).doesNotContain(reference);
        assertThat(api.get("/api/v1/hr-cases?fieldOffice=MALAKAL", juba).json().get("totalElements").asInt()).isZero();
        ApiResponse write = api.send("POST", "/api/v1/hr-cases/" + reference + "/transitions", juba,
                "{\"to\": \"UNDER_INVESTIGATION\"}", Map.of("If-Match", "\"0\""));
        assertThat(write.status()).isEqualTo(404);
        ApiResponse createElsewhere = api.post("/api/v1/hr-cases", juba, caseBody("MALAKAL", "2026-01-20", uniqueName()));
        assertThat(createElsewhere.status()).isEqualTo(403);
        assertThat(createElsewhere.json().get("detail").asString()).isEqualTo("Cases of field office MALAKAL are outside your field office");
        String noOffice = issuer.tokenWithoutOffice("someone", "HR_READ");
        assertThat(api.get("/api/v1/hr-cases/" + reference, noOffice).status()).isEqualTo(404);

        ApiResponse malakalList = api.get("/api/v1/hr-cases?size=200&sort=reference,desc", officer(issuer));
        assertThat(malakalList.body()).contains(reference);
        assertThat(malakalList.json().get("content").findValuesAsString("fieldOffice")).containsOnly("MALAKAL");
        ApiResponse hq = api.get("/api/v1/hr-cases?fieldOffice=MALAKAL&violationType=KILLING&tag=CHILD&occurredFrom=2026-01-20&occurredTo=2026-01-20",
                senior(issuer));
        assertThat(hq.body()).contains(reference);
    }

    @Test
    void refusesBadInputNamingEachField() {
        String token = officer(issuer);
        ApiResponse massAssignment = api.post("/api/v1/hr-cases", token,
                caseBody("MALAKAL", "2026-03-10", "X").replaceFirst("\\{", "{\"status\": \"VERIFIED\", "));
        assertProblem(massAssignment, 400, "status");
        ApiResponse reference = api.post("/api/v1/hr-cases", token,
                caseBody("MALAKAL", "2026-03-10", "X").replaceFirst("\\{", "{\"reference\": \"HR-2026-000001\", "));
        assertProblem(reference, 400, "reference");

        String rules = """
                {"title": "t", "fieldOffice": "MALAKAL",
                 "occurredFrom": {"date": "2024-05-01", "precision": "EXACT"},
                 "occurredTo": {"date": "2024-04-01", "precision": "EXACT"},
                 "location": {"state": "UPPER_NILE"},
                 "violations": [{"type": "RECRUITMENT_OR_USE_OF_CHILDREN",
                                 "perpetrators": [{"partyCode": "SPLA"}, {"partyCode": "NOPE"}],
                                 "victims": [{"kind": "GROUP", "sex": "MALE", "identity": {"name": "n"}},
                                             {"kind": "INDIVIDUAL", "count": 2, "sex": "MALE", "age": 30, "ageGroup": "AGE_0_4"}]}]}
                """;
        ApiResponse broken = api.post("/api/v1/hr-cases", token, rules);
        assertProblem(broken, 400, "occurredTo.date", "violations[0].perpetrators[0].partyCode",
                "violations[0].perpetrators[1].partyCode", "violations[0].victims[0].count", "violations[0].victims[0].identity",
                "violations[0].victims[1].count", "violations[0].victims[1].ageGroup");
        assertThat(broken.body()).contains("SSPDF");

        ApiResponse missing = api.post("/api/v1/hr-cases", token, "{\"title\": \"\", \"fieldOffice\": \"MALAKAL\", \"violations\": []}");
        assertProblem(missing, 400, "title", "occurredFrom", "location", "violations");
        ApiResponse badEnum = api.post("/api/v1/hr-cases", token, caseBody("MALAKAL", "2026-03-10", "X").replace("\"KILLING\"", "\"MURDER\""));
        assertProblem(badEnum, 400, "violations[0].type");
        ApiResponse closedOffice = api.post("/api/v1/hr-cases", issuer.token("hr.senior", "HQ", "HR_WRITE"),
                caseBody("AWEIL", "2026-03-10", "X"));
        assertProblem(closedOffice, 400, "fieldOffice");
        assertThat(closedOffice.body()).contains("WAU");
        ApiResponse future = api.post("/api/v1/hr-cases", token, caseBody("MALAKAL", "2999-01-01", "X"));
        assertProblem(future, 400, "occurredFrom.date");
        assertThat(api.get("/api/v1/hr-cases?size=500", token).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/hr-cases?sort=narrative", token).status()).isEqualTo(400);
        assertProblem(api.get("/api/v1/hr-cases?fieldOffice=Nyandeng%20Person", token), 400, "fieldOffice");
        assertProblem(api.get("/api/v1/hr-cases?tag=%3Cscript%3E", token), 400, "tag");
        assertThat(api.get("/api/v1/hr-cases/HR-2026-999999", token).status()).isEqualTo(404);
    }

    @Test
    void addsActsWhileTheCaseIsOpen() {
        ApiResponse added = abductionAddedToANewCase("SPLM-A-IO");
        assertThat(added.json().at("/violations/1/code").asString()).isEqualTo("ACT-2");
        assertThat(added.json().at("/violations/1/victims/0/child").asBoolean()).isTrue();
        assertThat(added.header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void anAliasOfAPartyIsRecordedAsThePartyOfTheSharedList() {
        ApiResponse added = abductionAddedToANewCase("SPLA-IO");
        // The ceasefire service stores SPLA-IO the same way: one party, counted together across services.
        assertThat(added.json().at("/violations/1/perpetrators/0/partyCode").asString()).isEqualTo("SPLM-A-IO");
    }

    /** A new case in Malakal, then a second act: an abduction of two girls by {@code partyCode}; asserts 201. */
    private ApiResponse abductionAddedToANewCase(String partyCode) {
        String reference = create(api, officer(issuer), caseBody("MALAKAL", "2026-03-11", uniqueName())).json()
                .get("reference").asString();
        ApiResponse added = api.post("/api/v1/hr-cases/" + reference + "/violations", officer(issuer), """
                {"type": "ABDUCTION", "perpetrators": [{"partyCode": "%s"}],
                 "victims": [{"kind": "GROUP", "count": 2, "sex": "FEMALE", "ageGroup": "AGE_5_11"}]}""".formatted(partyCode));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return added;
    }

    /** The kit's problem assertion; with fields, the problem names at least those. */
    static void assertProblem(ApiResponse response, int status, String... fields) {
        ProblemAssert.assertProblem(response, status).namingAtLeast(fields);
    }

    @Test
    void offersEachCallerExactlyTheMovesTheirRolesAllowAndNoVerificationOfTheirOwnCase() {
        String officer = officer(issuer);
        String senior = senior(issuer);
        ApiResponse created = create(api, officer, caseBody("MALAKAL", "2026-03-14", uniqueName()));
        String reference = created.json().get("reference").asString();
        assertThat(created.json().get("allowedTransitions").toString()).isEqualTo("[\"UNDER_INVESTIGATION\"]");

        ApiResponse investigating = transition(api, officer, reference,
                created.header("ETag"), "{\"to\": \"UNDER_INVESTIGATION\"}");
        // the officer has no HR_VERIFY: an investigation's outcome is not theirs to decide
        assertThat(investigating.json().get("allowedTransitions").toString()).isEqualTo("[]");
        assertThat(api.get("/api/v1/hr-cases/" + reference, senior).json().get("allowedTransitions").toString())
                .isEqualTo("[\"VERIFIED\",\"NOT_VERIFIED\",\"FOUND_NOT_TO_HAVE_OCCURRED\"]");

        // a senior officer's own case: the verification outcomes are someone else's decision (four eyes)
        ApiResponse own = create(api, senior, caseBody("MALAKAL", "2026-03-15", uniqueName()));
        ApiResponse ownInvestigating = transition(api, senior, own.json().get("reference").asString(),
                own.header("ETag"), "{\"to\": \"UNDER_INVESTIGATION\"}");
        assertThat(ownInvestigating.json().get("allowedTransitions").toString()).isEqualTo("[]");
        ProblemAssert.assertProblem(transition(api, senior, own.json().get("reference").asString(),
                ownInvestigating.header("ETag"), "{\"to\": \"VERIFIED\", \"standardOfProof\": \"REASONABLE_GROUNDS\"}"), 403);
    }
}
