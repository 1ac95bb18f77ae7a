package org.unmiss.peace;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.RealmCallers;
import org.unmiss.kit.testing.TestIssuer;
import org.unmiss.peace.engagement.Engagements;
import org.unmiss.peace.support.PeaceApiTest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint against every job function of the realm (plus a field-office-bound civil affairs
 * officer), without a token and with a forged one. Each call gets a fresh record in the state the
 * endpoint needs, so an allowed role must actually succeed, not merely pass the role check.
 */
class RoleMatrixTest extends PeaceApiTest {

    /** The development realm's callers: each role's roles and office are read from the realm file, not copied. */
    static final RealmCallers REALM = RealmCallers.load();

    enum Role {
        CIVIL_AFFAIRS("civil.affairs"),
        /** The realm has no civil affairs officer outside HQ: the job function's roles, at MALAKAL. */
        CIVIL_AFFAIRS_MALAKAL("ca.malakal", "MALAKAL", "civil-affairs-officer"),
        ADMINISTRATOR("mission.admin"),
        GENDER_OFFICER("gender.officer.wau"),
        REPORTING_TOOL("service-account-reporting-tools"),
        PARTNER_AGENCY("service-account-partner-agency"),
        HUMAN_RIGHTS_OFFICER("hr.officer.malakal"),
        UNPOL_OFFICER("unpol.officer.bentiu"),
        PERSONNEL_OFFICER("personnel.officer");

        final String user;
        final String office;
        final String jobFunction;

        Role(String user) {
            this(user, null, null);
        }

        Role(String user, String office, String jobFunction) {
            this.user = user;
            this.office = office;
            this.jobFunction = jobFunction;
        }

        String token(TestIssuer issuer) {
            return jobFunction == null ? REALM.token(issuer, user) : issuer.token(user, office, REALM.rolesOf(jobFunction));
        }
    }

    /** What an endpoint needs to exist before the call: an id and its ETag. */
    record Fixture(String id, String etag) {
    }

    record Endpoint(String name, String method, String path, String body, String accept,
                    Function<RoleMatrixTest, Fixture> fixture, Map<Role, Integer> expected) {

        int expectedFor(Role role) {
            return expected.getOrDefault(role, 403);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Role[] PEACE_READERS = {Role.CIVIL_AFFAIRS, Role.CIVIL_AFFAIRS_MALAKAL, Role.ADMINISTRATOR, Role.GENDER_OFFICER};
    private static final Role[] ALL_READERS = {Role.CIVIL_AFFAIRS, Role.CIVIL_AFFAIRS_MALAKAL, Role.ADMINISTRATOR,
            Role.GENDER_OFFICER, Role.REPORTING_TOOL, Role.PARTNER_AGENCY};

    static List<Endpoint> endpoints() {
        List<Endpoint> all = new ArrayList<>();
        String report = Engagements.report("JUBA", "2025-03-10", "");
        // Engagements
        all.add(new Endpoint("list engagements", "GET", "/api/v1/engagements", null, null, RoleMatrixTest::none, ok(200, ALL_READERS)));
        all.add(new Endpoint("read engagement", "GET", "/api/v1/engagements/{id}", null, null, RoleMatrixTest::publishedEngagement,
                outOfOffice(ok(200, ALL_READERS), Role.CIVIL_AFFAIRS_MALAKAL, Role.GENDER_OFFICER)));
        all.add(new Endpoint("create engagement", "POST", "/api/v1/engagements", report, null, RoleMatrixTest::none,
                with(ok(201, Role.CIVIL_AFFAIRS), Role.CIVIL_AFFAIRS_MALAKAL, 403)));
        all.add(new Endpoint("revise engagement", "PUT", "/api/v1/engagements/{id}", report, null, RoleMatrixTest::draftEngagement,
                outOfOffice(ok(200, Role.CIVIL_AFFAIRS, Role.CIVIL_AFFAIRS_MALAKAL), Role.CIVIL_AFFAIRS_MALAKAL)));
        all.add(new Endpoint("submit engagement", "POST", "/api/v1/engagements/{id}/submit", null, null, RoleMatrixTest::draftEngagement,
                outOfOffice(ok(200, Role.CIVIL_AFFAIRS, Role.CIVIL_AFFAIRS_MALAKAL), Role.CIVIL_AFFAIRS_MALAKAL)));
        all.add(new Endpoint("approve engagement", "POST", "/api/v1/engagements/{id}/approve", null, null,
                RoleMatrixTest::pendingEngagement, ok(200, Role.ADMINISTRATOR)));
        all.add(new Endpoint("reject engagement", "POST", "/api/v1/engagements/{id}/reject", "{\"comment\":\"Add outcomes\"}", null,
                RoleMatrixTest::pendingEngagement, ok(200, Role.ADMINISTRATOR)));
        all.add(new Endpoint("publish engagement", "POST", "/api/v1/engagements/{id}/publish", null, null,
                RoleMatrixTest::approvedEngagement, ok(200, Role.ADMINISTRATOR)));
        all.add(new Endpoint("cancel engagement", "POST", "/api/v1/engagements/{id}/cancel", "{\"reason\":\"ENTERED_IN_ERROR\"}", null,
                RoleMatrixTest::draftEngagement,
                outOfOffice(ok(200, Role.CIVIL_AFFAIRS, Role.CIVIL_AFFAIRS_MALAKAL, Role.ADMINISTRATOR), Role.CIVIL_AFFAIRS_MALAKAL)));
        all.add(new Endpoint("complete next step", "POST", "/api/v1/engagements/{id}/next-steps/0/completion", null, null,
                RoleMatrixTest::publishedEngagement,
                outOfOffice(ok(200, Role.CIVIL_AFFAIRS, Role.CIVIL_AFFAIRS_MALAKAL), Role.CIVIL_AFFAIRS_MALAKAL)));
        all.add(new Endpoint("re-verify participants", "POST", "/api/v1/engagements/{id}/participant-verification", null, null,
                RoleMatrixTest::draftEngagement,
                outOfOffice(ok(200, Role.CIVIL_AFFAIRS, Role.CIVIL_AFFAIRS_MALAKAL), Role.CIVIL_AFFAIRS_MALAKAL)));
        // Engagement reports
        all.add(new Endpoint("engagement summary", "GET", "/api/v1/engagements/reports/summary?groupBy=STATE", null, null,
                RoleMatrixTest::none, ok(200, ALL_READERS)));
        all.add(new Endpoint("engagement summary csv", "GET", "/api/v1/engagements/reports/summary?groupBy=STATE", null, "text/csv",
                RoleMatrixTest::none, ok(200, ALL_READERS)));
        all.add(new Endpoint("women's participation", "GET", "/api/v1/engagements/reports/womens-participation", null, null,
                RoleMatrixTest::none, ok(200, ALL_READERS)));
        all.add(new Endpoint("women's participation csv", "GET", "/api/v1/engagements/reports/womens-participation", null, "text/csv",
                RoleMatrixTest::none, ok(200, ALL_READERS)));
        all.add(new Endpoint("overdue next steps", "GET", "/api/v1/engagements/reports/overdue-next-steps", null, null,
                RoleMatrixTest::none, ok(200, PEACE_READERS)));
        all.add(new Endpoint("overdue next steps csv", "GET", "/api/v1/engagements/reports/overdue-next-steps", null, "text/csv",
                RoleMatrixTest::none, ok(200, PEACE_READERS)));
        // Dialogue and reconciliation initiatives
        String dialogue = org.unmiss.peace.dialogue.DialogueApiTest.dialogue("JUBA", "2025-05-05", "PLANNED", null);
        all.add(new Endpoint("list dialogues", "GET", "/api/v1/engagements/dialogues", null, null, RoleMatrixTest::none,
                ok(200, PEACE_READERS)));
        all.add(new Endpoint("read dialogue", "GET", "/api/v1/engagements/dialogues/{id}", null, null, RoleMatrixTest::dialogue,
                outOfOffice(ok(200, PEACE_READERS), Role.CIVIL_AFFAIRS_MALAKAL, Role.GENDER_OFFICER)));
        all.add(new Endpoint("create dialogue", "POST", "/api/v1/engagements/dialogues", dialogue, null, RoleMatrixTest::none,
                with(ok(201, Role.CIVIL_AFFAIRS), Role.CIVIL_AFFAIRS_MALAKAL, 403)));
        all.add(new Endpoint("update dialogue", "PUT", "/api/v1/engagements/dialogues/{id}", dialogue, null, RoleMatrixTest::dialogue,
                outOfOffice(ok(200, Role.CIVIL_AFFAIRS, Role.CIVIL_AFFAIRS_MALAKAL), Role.CIVIL_AFFAIRS_MALAKAL)));
        all.add(new Endpoint("dialogue summary", "GET", "/api/v1/engagements/dialogues/summary?groupBy=TYPE", null, null,
                RoleMatrixTest::none, ok(200, ALL_READERS)));
        all.add(new Endpoint("dialogue summary csv", "GET", "/api/v1/engagements/dialogues/summary?groupBy=STATE", null, "text/csv",
                RoleMatrixTest::none, ok(200, ALL_READERS)));
        // Interlocutors
        String leader = org.unmiss.peace.interlocutor.InterlocutorApiTest.LEADER;
        all.add(new Endpoint("list interlocutors", "GET", "/api/v1/engagements/interlocutors", null, null, RoleMatrixTest::none,
                ok(200, PEACE_READERS)));
        all.add(new Endpoint("read interlocutor", "GET", "/api/v1/engagements/interlocutors/{id}", null, null,
                RoleMatrixTest::interlocutor, ok(200, PEACE_READERS)));
        all.add(new Endpoint("create interlocutor", "POST", "/api/v1/engagements/interlocutors", leader, null, RoleMatrixTest::none,
                ok(201, Role.CIVIL_AFFAIRS, Role.CIVIL_AFFAIRS_MALAKAL)));
        all.add(new Endpoint("update interlocutor", "PUT", "/api/v1/engagements/interlocutors/{id}", leader, null,
                RoleMatrixTest::interlocutor, ok(200, Role.CIVIL_AFFAIRS, Role.CIVIL_AFFAIRS_MALAKAL)));
        // Agreement
        all.add(new Endpoint("list chapters", "GET", "/api/v1/agreement-chapters", null, null, RoleMatrixTest::none, ok(200, ALL_READERS)));
        all.add(new Endpoint("read chapter", "GET", "/api/v1/agreement-chapters/II", null, null, RoleMatrixTest::none, ok(200, ALL_READERS)));
        all.add(new Endpoint("list provisions", "GET", "/api/v1/agreement-chapters/provisions", null, null, RoleMatrixTest::none,
                ok(200, ALL_READERS)));
        all.add(new Endpoint("read provision", "GET", "/api/v1/agreement-chapters/provisions/{id}", null, null,
                RoleMatrixTest::provision, ok(200, ALL_READERS)));
        all.add(new Endpoint("create provision", "POST", "/api/v1/agreement-chapters/provisions", "{provision}", null,
                RoleMatrixTest::none, ok(201, Role.CIVIL_AFFAIRS, Role.CIVIL_AFFAIRS_MALAKAL)));
        all.add(new Endpoint("record provision status", "POST", "/api/v1/agreement-chapters/provisions/{id}/status-changes",
                "{\"status\":\"ONGOING\",\"effectiveDate\":\"2020-01-01\",\"evidence\":\"R-JMEC report\"}", null,
                RoleMatrixTest::provision, ok(200, Role.CIVIL_AFFAIRS, Role.CIVIL_AFFAIRS_MALAKAL)));
        all.add(new Endpoint("implementation matrix", "GET", "/api/v1/agreement-chapters/implementation?asOf=2022-01-01", null, null,
                RoleMatrixTest::none, ok(200, ALL_READERS)));
        all.add(new Endpoint("implementation matrix csv", "GET", "/api/v1/agreement-chapters/implementation", null, "text/csv",
                RoleMatrixTest::none, ok(200, ALL_READERS)));
        // Ceasefire
        String allegation = """
                {"source":"PUBLIC","reportedBy":"community members","type":"ATTACKS_ON_CIVILIANS","allegedParties":["NAS"],
                 "state":"CENTRAL_EQUATORIA","place":"Village","fieldOffice":"JUBA","incidentDate":"2025-06-01",
                 "reportedDate":"2025-06-02","description":"Attack on a village reported"}""";
        all.add(new Endpoint("list ceasefire reports", "GET", "/api/v1/ceasefire/violation-reports", null, null,
                RoleMatrixTest::none, ok(200, PEACE_READERS)));
        all.add(new Endpoint("read ceasefire report", "GET", "/api/v1/ceasefire/violation-reports/{id}", null, null,
                RoleMatrixTest::allegation, outOfOffice(ok(200, PEACE_READERS), Role.CIVIL_AFFAIRS_MALAKAL, Role.GENDER_OFFICER)));
        all.add(new Endpoint("create ceasefire report", "POST", "/api/v1/ceasefire/violation-reports", allegation, null,
                RoleMatrixTest::none, with(ok(201, Role.CIVIL_AFFAIRS), Role.CIVIL_AFFAIRS_MALAKAL, 403)));
        all.add(new Endpoint("advance ceasefire report", "POST", "/api/v1/ceasefire/violation-reports/{id}/stage",
                "{\"stage\":\"PRELIMINARY_INVESTIGATION\",\"date\":\"2025-06-03\"}", null, RoleMatrixTest::allegation,
                outOfOffice(ok(200, Role.CIVIL_AFFAIRS, Role.CIVIL_AFFAIRS_MALAKAL), Role.CIVIL_AFFAIRS_MALAKAL)));
        all.add(new Endpoint("record access denial", "POST", "/api/v1/ceasefire/violation-reports/{id}/access-denials",
                "{\"date\":\"2025-06-04\",\"place\":\"Checkpoint\",\"deniedBy\":\"NAS\"}", null, RoleMatrixTest::investigation,
                outOfOffice(ok(200, Role.CIVIL_AFFAIRS, Role.CIVIL_AFFAIRS_MALAKAL), Role.CIVIL_AFFAIRS_MALAKAL)));
        all.add(new Endpoint("close ceasefire report", "POST", "/api/v1/ceasefire/violation-reports/{id}/closure",
                "{\"outcome\":\"NOT_SUBSTANTIATED\",\"date\":\"2025-06-04\",\"note\":\"No evidence\"}", null, RoleMatrixTest::allegation,
                outOfOffice(ok(200, Role.CIVIL_AFFAIRS, Role.CIVIL_AFFAIRS_MALAKAL), Role.CIVIL_AFFAIRS_MALAKAL)));
        all.add(new Endpoint("ceasefire summary", "GET", "/api/v1/ceasefire/summary?groupBy=STAGE", null, null,
                RoleMatrixTest::none, ok(200, ALL_READERS)));
        all.add(new Endpoint("ceasefire summary csv", "GET", "/api/v1/ceasefire/summary?groupBy=TYPE", null, "text/csv",
                RoleMatrixTest::none, ok(200, ALL_READERS)));
        return all;
    }

    static Stream<Arguments> everyEndpointAndRole() {
        return endpoints().stream().flatMap(e -> Stream.of(Role.values()).map(role -> Arguments.of(e, role)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyEndpointAndRole")
    void eachRoleGetsExactlyWhatItMay(Endpoint endpoint, Role role) {
        ApiResponse response = call(endpoint, role.token(issuer));
        assertThat(response.status()).as(endpoint + " as " + role + ": " + response.body()).isEqualTo(endpoint.expectedFor(role));
    }

    @ParameterizedTest(name = "{0} without a valid token")
    @MethodSource("endpoints")
    void noTokenOrAForgedOneIsUnauthenticated(Endpoint endpoint) {
        assertProblem(call(endpoint, null), 401);
        assertProblem(call(endpoint, issuer.forgedToken("civil.affairs", "HQ", "PEACE_READ", "PEACE_WRITE", "PEACE_APPROVE")), 401);
        assertProblem(call(endpoint, issuer.expiredToken("civil.affairs", "HQ", "PEACE_READ", "PEACE_WRITE", "PEACE_APPROVE")), 401);
    }

    private ApiResponse call(Endpoint endpoint, String token) {
        Fixture fixture = endpoint.fixture().apply(this);
        String path = endpoint.path().replace("{id}", fixture.id() == null ? "" : fixture.id());
        String body = endpoint.body() == null ? null : endpoint.body().replace("{provision}", newProvision());
        Map<String, String> headers = new HashMap<>();
        if (fixture.etag() != null) {
            headers.put("If-Match", fixture.etag());
        }
        if (endpoint.accept() != null) {
            headers.put("Accept", endpoint.accept());
        }
        return api().send(endpoint.method(), path, token, body, headers);
    }

    private Fixture none() {
        return new Fixture(null, null);
    }

    private Fixture draftEngagement() {
        ApiResponse created = api().post("/api/v1/engagements", civilAffairs(), Engagements.report("JUBA", "2025-03-10", ""));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return new Fixture(created.json().get("id").asString(), created.header("ETag"));
    }

    private Fixture pendingEngagement() {
        Fixture draft = draftEngagement();
        return step(draft, "submit", civilAffairs());
    }

    private Fixture approvedEngagement() {
        return step(pendingEngagement(), "approve", approver());
    }

    private Fixture publishedEngagement() {
        return step(approvedEngagement(), "publish", approver());
    }

    private Fixture step(Fixture fixture, String action, String token) {
        ApiResponse response = send("POST", "/api/v1/engagements/" + fixture.id() + "/" + action, token, null, fixture.etag());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return new Fixture(fixture.id(), response.header("ETag"));
    }

    private Fixture dialogue() {
        ApiResponse created = api().post("/api/v1/engagements/dialogues", civilAffairs(),
                org.unmiss.peace.dialogue.DialogueApiTest.dialogue("JUBA", "2025-05-05", "PLANNED", null));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return new Fixture(created.json().get("id").asString(), created.header("ETag"));
    }

    private Fixture interlocutor() {
        ApiResponse created = api().post("/api/v1/engagements/interlocutors", civilAffairs(),
                org.unmiss.peace.interlocutor.InterlocutorApiTest.LEADER);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return new Fixture(created.json().get("id").asString(), created.header("ETag"));
    }

    private Fixture provision() {
        ApiResponse created = api().post("/api/v1/agreement-chapters/provisions", civilAffairs(), newProvision());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return new Fixture(created.json().get("code").asString(), created.header("ETag"));
    }

    private static String newProvision() {
        int n = SEQUENCE.incrementAndGet();
        return "{\"code\":\"VIII.7." + n + "\",\"chapter\":\"VIII\",\"title\":\"Matrix provision " + n + "\","
                + "\"responsibleBody\":\"Parties\",\"status\":\"NOT_STARTED\",\"effectiveDate\":\"2018-09-12\",\"evidence\":\"Signed\"}";
    }

    private Fixture allegation() {
        ApiResponse created = api().post("/api/v1/ceasefire/violation-reports", civilAffairs(), """
                {"source":"PARTIES","reportedBy":"SSPDF","type":"FORCE_MOVEMENTS","allegedParties":["SPLA-IO"],
                 "state":"CENTRAL_EQUATORIA","place":"Road junction","fieldOffice":"JUBA","incidentDate":"2025-06-01",
                 "reportedDate":"2025-06-02","description":"Troop movement reported"}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return new Fixture(created.json().get("id").asString(), created.header("ETag"));
    }

    private Fixture investigation() {
        Fixture allegation = allegation();
        ApiResponse moved = send("POST", "/api/v1/ceasefire/violation-reports/" + allegation.id() + "/stage", civilAffairs(),
                "{\"stage\":\"PRELIMINARY_INVESTIGATION\",\"date\":\"2025-06-03\"}", allegation.etag());
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        return new Fixture(allegation.id(), moved.header("ETag"));
    }

    private static Map<Role, Integer> ok(int status, Role... roles) {
        Map<Role, Integer> expected = new LinkedHashMap<>();
        for (Role role : roles) {
            expected.put(role, status);
        }
        return expected;
    }

    /** These roles may call the endpoint but the record (in JUBA) is outside their office: 404. */
    private static Map<Role, Integer> outOfOffice(Map<Role, Integer> expected, Role... bound) {
        for (Role role : bound) {
            expected.put(role, 404);
        }
        return expected;
    }

    private static Map<Role, Integer> with(Map<Role, Integer> expected, Role role, int status) {
        expected.put(role, status);
        return expected;
    }
}
