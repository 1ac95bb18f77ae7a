package org.unmiss.personnel;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint against every relevant caller: no token, a forged and an expired token (401), each
 * role alone (2xx where the endpoint allows it, 403 otherwise), and an office-bound caller against a
 * record of another office (404).
 */
@ServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixTest {

    private static final Set<String> REFERENCE_READERS = Set.of("PERSONNEL_READ", "PERSONNEL_WRITE", "REPORTING", "PARTNER", "MISSION_ADMIN");
    private static final Set<String> PERSONNEL_READERS = Set.of("PERSONNEL_READ", "PERSONNEL_WRITE");
    /** Aggregates by sex that gender-service's parity view reads with a gender officer's token. */
    private static final Set<String> PARITY_READERS = Set.of("PERSONNEL_READ", "PERSONNEL_WRITE", "REPORTING", "PARTNER", "MISSION_ADMIN", "GENDER_READ");
    private static final Set<String> WRITERS = Set.of("PERSONNEL_WRITE");
    private static final List<String> ROLES = List.of("PERSONNEL_READ", "PERSONNEL_WRITE", "REPORTING", "PARTNER", "MISSION_ADMIN",
            "GENDER_READ", "HR_READ", "POC_READ");
    private static final String CSV_HEADER = "familyName,givenName,sex,nationality,category,subCategory,fieldOffice\n";

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;

    Fixtures fixtures;
    String person;
    String deployment;
    String unit;
    Iterator<String> unusedCountries;
    final Map<String, Endpoint> endpoints = new LinkedHashMap<>();

    record Call(String method, String path, String body, Map<String, String> headers) {
    }

    /** @param recordOfJuba whether the endpoint addresses one record stationed in Juba (for the office check) */
    record Endpoint(Set<String> allowed, boolean recordOfJuba, Supplier<Call> call) {
    }

    @BeforeAll
    void setUp() {
        fixtures = new Fixtures(api, issuer);
        person = fixtures.person("JUBA");
        deployment = fixtures.requestDeployment(person, "JUBA", "2030-01-01", "2030-06-30").json().get("id").asString();
        unit = newUnit();
        List<String> codes = new ArrayList<>();
        for (String alpha2 : Locale.getISOCountries()) {
            codes.add(new Locale("", alpha2).getISO3Country());
        }
        codes.removeAll(org.unmiss.personnel.config.DemoPopulationAccess.countries());
        codes.remove("ISL");
        unusedCountries = codes.iterator();

        get("GET field-offices", REFERENCE_READERS, false, "/api/v1/field-offices");
        get("GET countries", REFERENCE_READERS, false, "/api/v1/countries");
        get("GET countries/{code}", REFERENCE_READERS, false, "/api/v1/countries/KEN");
        get("GET units", REFERENCE_READERS, false, "/api/v1/units");
        get("GET units/{code}", REFERENCE_READERS, false, "/api/v1/units/" + unit);
        get("GET personnel", PERSONNEL_READERS, false, "/api/v1/personnel");
        get("GET personnel/{index}", PERSONNEL_READERS, true, "/api/v1/personnel/" + person);
        get("GET personnel/{index}/deployments", PERSONNEL_READERS, true, "/api/v1/personnel/" + person + "/deployments");
        get("GET deployments", PERSONNEL_READERS, false, "/api/v1/deployments");
        get("GET deployments/{id}", PERSONNEL_READERS, true, "/api/v1/deployments/" + deployment);
        get("GET strength", PARITY_READERS, false, "/api/v1/personnel-reports/strength");
        get("GET unpol-strength", REFERENCE_READERS, false, "/api/v1/personnel-reports/unpol-strength");
        get("GET gender-parity", PARITY_READERS, false, "/api/v1/personnel-reports/gender-parity");
        get("GET rotations-due", REFERENCE_READERS, false, "/api/v1/personnel-reports/rotations-due");
        endpoints.put("POST countries", new Endpoint(WRITERS, false, () -> new Call("POST", "/api/v1/countries",
                "{\"code\": \"" + unusedCountries.next() + "\", \"contributorSince\": \"2026-01-01\"}", Map.of())));
        endpoints.put("POST units", new Endpoint(WRITERS, false, () -> new Call("POST", "/api/v1/units",
                unitJson("RM-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase()), Map.of())));
        endpoints.put("PUT units/{code}", new Endpoint(WRITERS, false, () -> new Call("PUT", "/api/v1/units/" + unit,
                unitJson(unit), Map.of("If-Match", api.get("/api/v1/units/" + unit, fixtures.writer()).header("ETag")))));
        endpoints.put("POST personnel", new Endpoint(WRITERS, false, () -> new Call("POST", "/api/v1/personnel",
                Fixtures.personJson("JUBA", "CIVILIAN", "NATIONAL_STAFF"), Map.of())));
        endpoints.put("PUT personnel/{index}", new Endpoint(WRITERS, true, () -> new Call("PUT", "/api/v1/personnel/" + person,
                Fixtures.personJson("JUBA", "POLICE", "INDIVIDUAL_POLICE_OFFICER"),
                Map.of("If-Match", api.get("/api/v1/personnel/" + person, fixtures.writer()).header("ETag")))));
        endpoints.put("POST deployments", new Endpoint(WRITERS, false, () -> new Call("POST", "/api/v1/deployments", """
                {"indexNumber": "%s", "fieldOffice": "JUBA", "startDate": "2028-01-01", "endDate": "2028-06-30"}
                """.formatted(fixtures.person("JUBA")), Map.of())));
        endpoints.put("POST deployments/{id}/status", new Endpoint(WRITERS, true, () -> {
            String owner = fixtures.person("JUBA");
            ApiResponse requested = fixtures.requestDeployment(owner, "JUBA", "2029-01-01", "2029-06-30");
            return new Call("POST", "/api/v1/deployments/" + requested.json().get("id").asString() + "/status",
                    "{\"status\": \"APPROVED\"}", Map.of("If-Match", requested.header("ETag")));
        }));
        endpoints.put("POST personnel/imports", new Endpoint(WRITERS, false, () -> new Call("POST", "/api/v1/personnel/imports",
                CSV_HEADER + "Matrix" + UUID.randomUUID().toString().substring(0, 6) + ",Ola,MALE,NPL,CIVILIAN,UN_VOLUNTEER,JUBA\n",
                Map.of("Content-Type", "text/csv"))));
    }

    private void get(String name, Set<String> allowed, boolean recordOfJuba, String path) {
        endpoints.put(name, new Endpoint(allowed, recordOfJuba, () -> new Call("GET", path, null, Map.of())));
    }

    private String newUnit() {
        String code = "RM-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        assertThat(api.post("/api/v1/units", fixtures.writer(), unitJson(code)).status()).isEqualTo(201);
        return code;
    }

    private static String unitJson(String code) {
        return """
                {"code": "%s", "name": "Matrix unit", "countryCode": "NPL", "type": "ENGINEERING", "authorisedStrength": 200,
                 "baseFieldOffice": "JUBA", "rotationStart": "2026-01-01", "rotationEnd": "2026-12-31"}
                """.formatted(code);
    }

    Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        List<String> names = List.of("GET field-offices", "GET countries", "GET countries/{code}", "GET units", "GET units/{code}",
                "GET personnel", "GET personnel/{index}", "GET personnel/{index}/deployments", "GET deployments",
                "GET deployments/{id}", "GET strength", "GET unpol-strength", "GET gender-parity", "GET rotations-due",
                "POST countries", "POST units", "PUT units/{code}", "POST personnel", "PUT personnel/{index}", "POST deployments",
                "POST deployments/{id}/status", "POST personnel/imports");
        for (String name : names) {
            cases.add(Arguments.of(name, "no token"));
            cases.add(Arguments.of(name, "forged"));
            cases.add(Arguments.of(name, "expired"));
            ROLES.forEach(role -> cases.add(Arguments.of(name, role)));
            cases.add(Arguments.of(name, "other office"));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void eachEndpointAnswersEachCallerAsItsRulesSay(String name, String caller) {
        Endpoint endpoint = endpoints.get(name);
        assertThat(endpoint).as(name).isNotNull();
        if (caller.equals("other office") && !endpoint.recordOfJuba()) {
            return;
        }
        Call call = endpoint.call().get();
        String token = switch (caller) {
            case "no token" -> null;
            case "forged" -> issuer.forgedToken("x", "HQ", "PERSONNEL_READ", "PERSONNEL_WRITE");
            case "expired" -> issuer.expiredToken("x", "HQ", "PERSONNEL_READ", "PERSONNEL_WRITE");
            case "other office" -> issuer.token("bentiu", "BENTIU", "PERSONNEL_READ", "PERSONNEL_WRITE");
            default -> issuer.token("caller", "HQ", caller);
        };
        ApiResponse response = api.send(call.method(), call.path(), token, call.body(), call.headers());
        int expected = switch (caller) {
            case "no token", "forged", "expired" -> 401;
            case "other office" -> 404;
            default -> endpoint.allowed().contains(caller) ? (call.method().equals("POST") && !name.endsWith("/status")
                    && !name.endsWith("imports") ? 201 : 200) : 403;
        };
        assertThat(response.status()).as(name + " as " + caller + ": " + response.body()).isEqualTo(expected);
        if (expected >= 400) {
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }
}
