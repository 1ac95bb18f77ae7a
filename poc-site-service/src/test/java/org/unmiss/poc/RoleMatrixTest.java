package org.unmiss.poc;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.unmiss.kit.store.ReferenceDataLoader;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.RealmCallers;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint against every kind of caller: no token and forged tokens 401; a role of another
 * service 403; reporting tools and partners only the aggregates; readers no writes; another field
 * office neither writes nor sees single records (404), its lists being filtered; the right role
 * and office succeed.
 */
@ServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixTest {

    /** The development realm: its callers' roles and offices are read from it, not copied. */
    static final RealmCallers REALM = RealmCallers.load();

    enum Kind { AGGREGATE, RECORD_LIST, RECORD, WRITE, WRITE_ON_RECORD }

    enum Caller { NO_TOKEN, FORGED, OTHER_SERVICE_ROLE, REPORTING, PARTNER, READER, ADMINISTRATOR, OTHER_OFFICE_WRITER, WRITER }

    record Endpoint(String name, String method, Supplier<String> path, Supplier<String> body, Kind kind, int success,
                    boolean ifMatch) {
        @Override
        public String toString() {
            return name;
        }
    }

    @Autowired
    ApiClient api;
    @Autowired
    TestIssuer issuer;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ReferenceDataLoader referenceData;

    String writerToken;
    String incident;
    String sgbvIncident;
    String patrol;
    String search;
    String seizure;
    String returnMovement;
    String alert;
    String escort;
    String accessIncident;
    String riskAssessment;
    String supportActivity;

    @BeforeAll
    void createOneRecordOfEachKind() throws Exception {
        Fixtures.reset(mongo, referenceData);
        writerToken = token(Caller.WRITER);
        incident = created("/api/v1/security-incidents", Fixtures.incident("BENTIU", "THEFT", 9.30, 29.76, false, "2026-03-01T10:00:00Z"));
        sgbvIncident = created("/api/v1/security-incidents", Fixtures.incident("BENTIU", "SGBV", 9.30, 29.76, false, "2026-03-01T10:00:00Z"));
        patrol = created("/api/v1/patrols", Fixtures.patrol("BENTIU", 10, 2));
        search = created("/api/v1/searches", Fixtures.search("BENTIU"));
        seizure = created("/api/v1/searches/" + search + "/seizures", Fixtures.seizure("BLADE", 3));
        returnMovement = created("/api/v1/returns", Fixtures.returnMovement("BENTIU", true, true));
        alert = created("/api/v1/early-warning/alerts", Fixtures.alert("Leer", "BENTIU"));
        escort = created("/api/v1/humanitarian-access/escort-requests", Fixtures.escortRequest("BENTIU"));
        accessIncident = created("/api/v1/humanitarian-access/incidents", ACCESS_INCIDENT);
        riskAssessment = created("/api/v1/unpol/hrddp-risk-assessments", Fixtures.riskAssessment(POLICE_UNIT, "2026-01-01", "2026-12-31", "BENTIU"));
        supportActivity = created("/api/v1/unpol/national-police-support", Fixtures.policeTraining(POLICE_UNIT, "2026-03-10", "BENTIU"));
    }

    private static final String POLICE_UNIT = "SSNPS Rubkona county";
    private static final String ACCESS_INCIDENT = """
            {"type": "CHECKPOINT", "place": "Guit", "occurredOn": "2026-03-02", "agencyType": "UN_AGENCY",
             "sofaViolation": false, "fieldOffice": "BENTIU"}
            """;
    private static final String PERIOD = "from=2026-01-01&to=2026-12-31";

    Stream<Arguments> matrix() {
        List<Endpoint> endpoints = List.of(
                get("list sites", "/api/v1/poc-sites", Kind.AGGREGATE),
                get("one site", "/api/v1/poc-sites/BENTIU", Kind.AGGREGATE),
                get("sites as GeoJSON", "/api/v1/poc-sites/export.geojson", Kind.AGGREGATE),
                get("population series", "/api/v1/poc-sites/BENTIU/population", Kind.AGGREGATE),
                get("population trend", "/api/v1/poc-sites/reports/population-trend", Kind.AGGREGATE),
                get("population trend CSV", "/api/v1/poc-sites/reports/population-trend.csv?hxl=true", Kind.AGGREGATE),
                get("incidents per month", "/api/v1/security-incidents/reports/monthly", Kind.AGGREGATE),
                get("incidents per month CSV", "/api/v1/security-incidents/reports/monthly.csv", Kind.AGGREGATE),
                get("incidents before/after", "/api/v1/security-incidents/reports/before-after?pivot=2026-01-01", Kind.AGGREGATE),
                get("incidents before/after CSV", "/api/v1/security-incidents/reports/before-after.csv?pivot=2026-01-01", Kind.AGGREGATE),
                get("patrol summary", "/api/v1/patrols/reports/summary", Kind.AGGREGATE),
                get("patrol summary CSV", "/api/v1/patrols/reports/summary.csv", Kind.AGGREGATE),
                get("seizures by item type", "/api/v1/seizures/reports/by-item-type", Kind.AGGREGATE),
                get("seizures by item type CSV", "/api/v1/seizures/reports/by-item-type.csv", Kind.AGGREGATE),
                get("returns by destination", "/api/v1/returns/reports/by-destination", Kind.AGGREGATE),
                get("returns by destination CSV", "/api/v1/returns/reports/by-destination.csv", Kind.AGGREGATE),
                get("list places", "/api/v1/places?level=COUNTY", Kind.AGGREGATE),
                get("one place", "/api/v1/places/Unity/Leer", Kind.AGGREGATE),
                get("alerts by place", "/api/v1/early-warning/reports/alerts-by-place?fromMonth=2026-01&toMonth=2026-12", Kind.AGGREGATE),
                get("alerts by place CSV", "/api/v1/early-warning/reports/alerts-by-place.csv?fromMonth=2026-01&toMonth=2026-12&hxl=true", Kind.AGGREGATE),
                get("access table", "/api/v1/humanitarian-access/reports/access-table?" + PERIOD, Kind.AGGREGATE),
                get("access table CSV", "/api/v1/humanitarian-access/reports/access-table.csv?hxl=true&" + PERIOD, Kind.AGGREGATE),
                get("freedom of movement", "/api/v1/humanitarian-access/reports/freedom-of-movement?" + PERIOD, Kind.AGGREGATE),
                get("list alerts", "/api/v1/early-warning/alerts", Kind.RECORD_LIST),
                new Endpoint("one alert", "GET", () -> "/api/v1/early-warning/alerts/" + alert, () -> null, Kind.RECORD, 200, false),
                get("list escort requests", "/api/v1/humanitarian-access/escort-requests", Kind.RECORD_LIST),
                new Endpoint("one escort request", "GET", () -> "/api/v1/humanitarian-access/escort-requests/" + escort, () -> null,
                        Kind.RECORD, 200, false),
                get("list access incidents", "/api/v1/humanitarian-access/incidents", Kind.RECORD_LIST),
                new Endpoint("one access incident", "GET", () -> "/api/v1/humanitarian-access/incidents/" + accessIncident, () -> null,
                        Kind.RECORD, 200, false),
                get("list HRDDP assessments", "/api/v1/unpol/hrddp-risk-assessments", Kind.RECORD_LIST),
                new Endpoint("one HRDDP assessment", "GET", () -> "/api/v1/unpol/hrddp-risk-assessments/" + riskAssessment, () -> null,
                        Kind.RECORD, 200, false),
                get("list police support", "/api/v1/unpol/national-police-support", Kind.RECORD_LIST),
                new Endpoint("one police support activity", "GET", () -> "/api/v1/unpol/national-police-support/" + supportActivity,
                        () -> null, Kind.RECORD, 200, false),
                new Endpoint("record incident away from a site", "POST", () -> "/api/v1/security-incidents",
                        () -> Fixtures.incidentInLeer("Leer", "BENTIU"), Kind.WRITE, 201, false),
                new Endpoint("log patrol away from a site", "POST", () -> "/api/v1/patrols", () -> Fixtures.longPatrol("BENTIU"),
                        Kind.WRITE, 201, false),
                new Endpoint("raise alert", "POST", () -> "/api/v1/early-warning/alerts", () -> Fixtures.alert("Leer", "BENTIU"),
                        Kind.WRITE, 201, false),
                new Endpoint("escalate alert", "POST", () -> "/api/v1/early-warning/alerts/" + alert + "/escalations",
                        () -> "{\"to\": \"SECTOR_HEADQUARTERS\", \"at\": \"2026-03-05T10:00:00Z\", \"reason\": \"confirmed\"}",
                        Kind.WRITE_ON_RECORD, 201, true),
                new Endpoint("answer alert", "POST", () -> "/api/v1/early-warning/alerts/" + alert + "/response",
                        () -> "{\"type\": \"ENGAGEMENT\", \"decidedAt\": \"2026-03-05T12:00:00Z\"}", Kind.WRITE_ON_RECORD, 201, true),
                new Endpoint("request escort", "POST", () -> "/api/v1/humanitarian-access/escort-requests",
                        () -> Fixtures.escortRequest("BENTIU"), Kind.WRITE, 201, false),
                new Endpoint("decide escort", "POST", () -> "/api/v1/humanitarian-access/escort-requests/" + escort + "/decision",
                        () -> "{\"decision\": \"APPROVED\", \"patrolReference\": \"" + patrol + "\"}", Kind.WRITE_ON_RECORD, 200, true),
                new Endpoint("record access incident", "POST", () -> "/api/v1/humanitarian-access/incidents", () -> ACCESS_INCIDENT,
                        Kind.WRITE, 201, false),
                new Endpoint("record HRDDP assessment", "POST", () -> "/api/v1/unpol/hrddp-risk-assessments",
                        () -> Fixtures.riskAssessment(POLICE_UNIT, "2026-01-01", "2026-12-31", "BENTIU"), Kind.WRITE, 201, false),
                new Endpoint("record police support", "POST", () -> "/api/v1/unpol/national-police-support",
                        () -> Fixtures.policeTraining(POLICE_UNIT, "2026-03-10", "BENTIU"), Kind.WRITE, 201, false),
                get("list incidents", "/api/v1/security-incidents", Kind.RECORD_LIST),
                get("incidents as GeoJSON", "/api/v1/security-incidents/export.geojson", Kind.RECORD_LIST),
                new Endpoint("one incident", "GET", () -> "/api/v1/security-incidents/" + incident, () -> null, Kind.RECORD, 200, false),
                get("list patrols", "/api/v1/patrols", Kind.RECORD_LIST),
                get("patrol routes as GeoJSON", "/api/v1/patrols/export.geojson", Kind.RECORD_LIST),
                new Endpoint("one patrol", "GET", () -> "/api/v1/patrols/" + patrol, () -> null, Kind.RECORD, 200, false),
                get("list searches", "/api/v1/searches", Kind.RECORD_LIST),
                new Endpoint("one search", "GET", () -> "/api/v1/searches/" + search, () -> null, Kind.RECORD, 200, false),
                get("seizure register", "/api/v1/seizures", Kind.RECORD_LIST),
                new Endpoint("one seized item", "GET", () -> "/api/v1/seizures/" + seizure, () -> null, Kind.RECORD, 200, false),
                get("list returns", "/api/v1/returns", Kind.RECORD_LIST),
                new Endpoint("one return", "GET", () -> "/api/v1/returns/" + returnMovement, () -> null, Kind.RECORD, 200, false),
                new Endpoint("update site layout", "PUT", () -> "/api/v1/poc-sites/BENTIU/layout", RoleMatrixTest::layout, Kind.WRITE, 200, true),
                new Endpoint("add lifecycle event", "POST", () -> "/api/v1/poc-sites/BENTIU/lifecycle-events",
                        () -> "{\"type\": \"CLOSED\", \"on\": \"2026-10-01\"}", Kind.WRITE, 200, true),
                new Endpoint("record population", "POST", () -> "/api/v1/poc-sites/BENTIU/population",
                        () -> "{\"asOf\": \"2026-01-01\", \"method\": \"HEADCOUNT\", \"total\": 6, \"counts\": " + Fixtures.cells(1, 1, 1, 1, 1, 1) + "}",
                        Kind.WRITE, 201, false),
                new Endpoint("record incident", "POST", () -> "/api/v1/security-incidents",
                        () -> Fixtures.incident("BENTIU", "THEFT", 9.30, 29.76, false, "2026-03-01T10:00:00Z"), Kind.WRITE, 201, false),
                new Endpoint("refer SGBV incident", "POST", () -> "/api/v1/security-incidents/" + sgbvIncident + "/hr-referral",
                        () -> "{\"survivorConsent\": true}", Kind.WRITE_ON_RECORD, 202, false),
                new Endpoint("log patrol", "POST", () -> "/api/v1/patrols", () -> Fixtures.patrol("BENTIU", 10, 2), Kind.WRITE, 201, false),
                new Endpoint("log search", "POST", () -> "/api/v1/searches", () -> Fixtures.search("BENTIU"), Kind.WRITE, 201, false),
                new Endpoint("register seizure", "POST", () -> "/api/v1/searches/" + search + "/seizures",
                        () -> Fixtures.seizure("FIREARM", 1), Kind.WRITE_ON_RECORD, 201, false),
                new Endpoint("append custody event", "POST", () -> "/api/v1/seizures/" + seizure + "/custody-events",
                        () -> "{\"type\": \"TRANSFERRED\", \"at\": \"2026-03-03T10:00:00Z\", \"by\": \"officer\", \"location\": \"Store B\"}",
                        Kind.WRITE_ON_RECORD, 201, true),
                new Endpoint("record return", "POST", () -> "/api/v1/returns", () -> Fixtures.returnMovement("BENTIU", true, true),
                        Kind.WRITE, 201, false),
                new Endpoint("add return follow-up", "POST", () -> "/api/v1/returns/" + returnMovement + "/follow-ups",
                        () -> "{\"on\": \"2026-03-10\", \"outcome\": \"SETTLED\"}", Kind.WRITE_ON_RECORD, 201, true));
        List<Arguments> arguments = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            for (Caller caller : Caller.values()) {
                arguments.add(Arguments.of(endpoint, caller, expected(endpoint, caller)));
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("matrix")
    void everyEndpointAnswersEveryCallerAsTheRulesSay(Endpoint endpoint, Caller caller, int expected) {
        String path = endpoint.path().get();
        Map<String, String> headers = endpoint.ifMatch()
                ? Map.of("If-Match", api.get(resourceOf(path), writerToken).header("ETag")) : Map.of();
        ApiResponse response = api.send(endpoint.method(), path, token(caller), endpoint.body().get(), headers);
        assertThat(response.status()).as(response.body()).isEqualTo(expected);
        if (expected >= 400) {
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    private static int expected(Endpoint endpoint, Caller caller) {
        boolean read = endpoint.kind() == Kind.AGGREGATE || endpoint.kind() == Kind.RECORD_LIST || endpoint.kind() == Kind.RECORD;
        return switch (caller) {
            case NO_TOKEN, FORGED -> 401;
            case OTHER_SERVICE_ROLE -> 403;
            case REPORTING, PARTNER -> endpoint.kind() == Kind.AGGREGATE ? 200 : 403;
            case READER, ADMINISTRATOR -> read ? 200 : 403;
            case OTHER_OFFICE_WRITER -> switch (endpoint.kind()) {
                case AGGREGATE, RECORD_LIST -> 200;
                case RECORD, WRITE_ON_RECORD -> 404;
                case WRITE -> 403;
            };
            case WRITER -> endpoint.success();
        };
    }

    private String token(Caller caller) {
        return switch (caller) {
            case NO_TOKEN -> null;
            case FORGED -> issuer.forgedToken("forger", "HQ", "POC_READ", "POC_WRITE", "REPORTING");
            case OTHER_SERVICE_ROLE -> issuer.token("hr.officer.bentiu", "BENTIU", "HR_READ", "HR_WRITE");
            // the realm's callers as the realm defines them; the others are made up to isolate one permission
            case REPORTING -> REALM.token(issuer, "service-account-reporting-tools");
            case PARTNER -> REALM.token(issuer, "service-account-partner-agency");
            case READER -> issuer.token("reader.bentiu", "BENTIU", "POC_READ");
            case ADMINISTRATOR -> REALM.token(issuer, "mission.admin");
            case OTHER_OFFICE_WRITER -> issuer.token("unpol.officer.malakal", "MALAKAL", REALM.rolesOf("unpol-officer"));
            case WRITER -> REALM.token(issuer, "unpol.officer.bentiu");
        };
    }

    private String created(String path, String body) {
        ApiResponse response = api.post(path, writerToken, body);
        assertThat(response.status()).as(response.body()).isIn(201);
        return response.json().get("reference").asString();
    }

    /** The resource whose ETag an If-Match update needs. */
    private static String resourceOf(String path) {
        return path.replaceAll("/(layout|lifecycle-events|custody-events|follow-ups|escalations|response|decision)$", "");
    }

    private static Endpoint get(String name, String path, Kind kind) {
        return new Endpoint(name, "GET", () -> path, () -> null, kind, 200, false);
    }

    private static String layout() {
        return """
                {"capacity": 120000, "structure": [{"code": "A", "name": "Sector A", "blocks": ["A1"]}, {"code": "B", "name": "Sector B", "blocks": ["B1"]}],
                 "perimeter": {"type": "Polygon", "coordinates": [[[29.75, 9.29], [29.77, 9.29], [29.77, 9.31], [29.75, 9.31], [29.75, 9.29]]]}}
                """;
    }
}
