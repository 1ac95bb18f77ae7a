package org.unmiss.gender;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.unmiss.gender.parity.FakePersonnelService;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.RealmCallers;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint against every relevant caller: no token, forged and expired tokens (401), roles of
 * other services (403), REPORTING / PARTNER on aggregates only, GENDER_READ (civil affairs, the
 * administrator) reading but not writing, GENDER_WRITE everything, and a WAU-bound writer on JUBA's
 * records. The callers are the development realm's (RealmCallers), not copies of their roles.
 */
@ServiceTest
class RoleMatrixTest {

    static final FakePersonnelService PERSONNEL = FakePersonnelService.start();
    static final AtomicInteger PEOPLE = new AtomicInteger(800_000);
    /** The callers as the development realm defines them (roles and field office read from the file). */
    static final RealmCallers REALM = RealmCallers.load();

    @DynamicPropertySource
    static void personnel(DynamicPropertyRegistry registry) {
        registry.add("unmiss.clients.personnel.url", PERSONNEL::url);
    }

    @AfterAll
    static void stopPersonnel() {
        PERSONNEL.close();
    }

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;

    enum Access { READ, WRITE, AGGREGATE }

    /** Fresh records of JUBA for one call: a planned training, a held forum with action point AP-1, a focal point. */
    record Fixture(String training, String forum, String focalPoint, String focalPointIndexNumber) {
    }

    record Endpoint(String name, String method, Function<Fixture, String> path, Function<Fixture, String> body, String ifMatch, Access access,
                    int okStatus, int wrongOfficeStatus) {

        @Override
        public String toString() {
            return name;
        }
    }

    static final String TRAINING = """
            {"type": "TRAINING", "title": "Induction", "startDate": "2025-03-04", "fieldOffice": "JUBA", "pillars": ["PROTECTION"]}""";
    static final String FORUM = """
            {"type": "WOMEN_PEACE_FORUM", "title": "Forum", "startDate": "2025-02-10", "fieldOffice": "JUBA", "pillars": ["PARTICIPATION"],
             "participants": {"female": 4, "male": 1, "total": 5}, "status": "HELD"}""";
    static final String ACTION_POINT = "{\"description\": \"Follow up\", \"owner\": \"Gender Section\", \"dueDate\": \"2025-03-10\"}";

    static String focalPoint(String indexNumber) {
        return "{\"indexNumber\": \"" + indexNumber + "\", \"component\": \"CIVILIAN\", \"fieldOffice\": \"JUBA\", \"appointedFrom\": \"2026-01-01\"}";
    }

    static List<Endpoint> endpoints() {
        String base = "/api/v1/gender-activities";
        return List.of(
                new Endpoint("list activities", "GET", f -> base, f -> null, null, Access.READ, 200, 200),
                new Endpoint("read activity", "GET", f -> base + "/" + f.training(), f -> null, null, Access.READ, 200, 404),
                new Endpoint("record activity", "POST", f -> base, f -> TRAINING, null, Access.WRITE, 201, 403),
                new Endpoint("revise activity", "PUT", f -> base + "/" + f.training(), f -> TRAINING, "\"0\"", Access.WRITE, 200, 404),
                new Endpoint("cancel activity", "POST", f -> base + "/" + f.training() + "/status",
                        f -> "{\"status\": \"CANCELLED\", \"reason\": \"Insecurity\"}", "\"0\"", Access.WRITE, 200, 404),
                new Endpoint("add action point", "POST", f -> base + "/" + f.forum() + "/action-points", f -> ACTION_POINT, "\"1\"", Access.WRITE, 201, 404),
                new Endpoint("update action point", "PUT", f -> base + "/" + f.forum() + "/action-points/AP-1",
                        f -> "{\"owner\": \"Gender Section\", \"dueDate\": \"2025-04-10\", \"status\": \"IN_PROGRESS\"}", "\"1\"", Access.WRITE, 200, 404),
                new Endpoint("list action points", "GET", f -> base + "/action-points?overdue=true", f -> null, null, Access.READ, 200, 200),
                new Endpoint("list focal points", "GET", f -> base + "/focal-points", f -> null, null, Access.READ, 200, 200),
                new Endpoint("read focal point", "GET", f -> base + "/focal-points/" + f.focalPoint(), f -> null, null, Access.READ, 200, 404),
                new Endpoint("appoint focal point", "POST", f -> base + "/focal-points",
                        f -> focalPoint("UN-" + String.format("%06d", PEOPLE.incrementAndGet())), null, Access.WRITE, 201, 403),
                new Endpoint("revise focal point", "PUT", f -> base + "/focal-points/" + f.focalPoint(), f -> focalPoint(f.focalPointIndexNumber()), "\"0\"",
                        Access.WRITE, 200, 404),
                new Endpoint("verify focal point", "POST", f -> base + "/focal-points/" + f.focalPoint() + "/verification", f -> null, null,
                        Access.WRITE, 200, 404),
                new Endpoint("trainings report", "GET", f -> "/api/v1/gender-reports/trainings?groupBy=MODULE", f -> null, null, Access.AGGREGATE, 200, 200),
                new Endpoint("women's participation", "GET", f -> "/api/v1/gender-reports/womens-participation", f -> null, null, Access.AGGREGATE, 200, 200),
                new Endpoint("field-office coverage", "GET", f -> "/api/v1/gender-reports/field-office-coverage", f -> null, null, Access.AGGREGATE, 200, 200),
                new Endpoint("task-force gaps", "GET", f -> "/api/v1/gender-reports/task-force-gaps?fromYear=2016", f -> null, null, Access.AGGREGATE, 200, 200),
                new Endpoint("focal-point coverage", "GET", f -> "/api/v1/gender-reports/focal-point-coverage", f -> null, null, Access.AGGREGATE, 200, 200),
                new Endpoint("parity", "GET", f -> "/api/v1/gender-reports/parity", f -> null, null, Access.AGGREGATE, 200, 200),
                new Endpoint("WPS pillars", "GET", f -> "/api/v1/wps-pillars", f -> null, null, Access.AGGREGATE, 200, 200));
    }

    enum Caller { ANONYMOUS, FORGED, EXPIRED, PERSONNEL_OFFICER, REPORTING, PARTNER, ADMIN, READER, WRITER, WAU_WRITER }

    static Stream<Arguments> matrix() {
        List<Arguments> all = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (Caller caller : Caller.values()) {
                all.add(Arguments.of(endpoint, caller, expected(endpoint, caller)));
            }
        }
        return all.stream();
    }

    static int expected(Endpoint e, Caller caller) {
        return switch (caller) {
            case ANONYMOUS, FORGED, EXPIRED -> 401;
            case PERSONNEL_OFFICER -> 403;
            case REPORTING, PARTNER -> e.access() == Access.AGGREGATE ? e.okStatus() : 403;
            // the administrator job function reads every service (GENDER_READ), writes none of them
            case READER, ADMIN -> e.access() == Access.WRITE ? 403 : e.okStatus();
            case WRITER -> e.okStatus();
            case WAU_WRITER -> e.wrongOfficeStatus();
        };
    }

    String token(Caller caller) {
        return switch (caller) {
            case ANONYMOUS -> null;
            case FORGED -> issuer.forgedToken("gender.hq", "HQ", "GENDER_READ", "GENDER_WRITE");
            case EXPIRED -> issuer.expiredToken("gender.hq", "HQ", "GENDER_READ", "GENDER_WRITE");
            case PERSONNEL_OFFICER -> REALM.token(issuer, "personnel.officer");
            case REPORTING -> REALM.token(issuer, "service-account-reporting-tools");
            case PARTNER -> REALM.token(issuer, "service-account-partner-agency");
            case ADMIN -> REALM.token(issuer, "mission.admin");
            case READER -> REALM.token(issuer, "civil.affairs");
            // the realm has no gender officer at headquarters: the job function's roles, at HQ
            case WRITER -> issuer.token("gender.hq", "HQ", REALM.rolesOf("gender-officer"));
            case WAU_WRITER -> REALM.token(issuer, "gender.officer.wau");
        };
    }

    Fixture fixture(ApiClient api) {
        String writer = issuer.token("gender.hq", "HQ", "GENDER_READ", "GENDER_WRITE");
        String training = api.post("/api/v1/gender-activities", writer, TRAINING).json().get("id").asString();
        String forum = api.post("/api/v1/gender-activities", writer, FORUM).json().get("id").asString();
        assertThat(api.send("POST", "/api/v1/gender-activities/" + forum + "/action-points", writer, ACTION_POINT, Map.of("If-Match", "\"0\""))
                .status()).isEqualTo(201);
        String indexNumber = "UN-" + String.format("%06d", PEOPLE.incrementAndGet());
        String focalPoint = api.post("/api/v1/gender-activities/focal-points", writer, focalPoint(indexNumber)).json().get("id").asString();
        return new Fixture(training, forum, focalPoint, indexNumber);
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("matrix")
    void answersEachCallerAsTheRolesSay(Endpoint endpoint, Caller caller, int expected) {
        Fixture fixture = fixture(api);
        ApiResponse response = api.send(endpoint.method(), endpoint.path().apply(fixture), token(caller), endpoint.body().apply(fixture),
                endpoint.ifMatch() == null ? Map.of() : Map.of("If-Match", endpoint.ifMatch()));
        assertThat(response.status()).as(endpoint + " as " + caller + ": " + response.body()).isEqualTo(expected);
    }
}
