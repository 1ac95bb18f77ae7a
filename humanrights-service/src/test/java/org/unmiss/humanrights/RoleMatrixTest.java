package org.unmiss.humanrights;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.RealmCallers;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint against every job function of the realm, plus no token, a forged token and an
 * officer of another field office. Allowed callers get the endpoint's answer (for writes sent with a
 * stale If-Match, the 412 that comes only after the role check); everyone else 401, 403 or 404.
 */
@ServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixTest {

    /** The development realm: each job function's roles are read from it, not copied. */
    private static final RealmCallers REALM = RealmCallers.load();
    private static final Map<String, String[]> JOB_FUNCTIONS = new LinkedHashMap<>();
    private static final String RELEASED_QUARTER = "2012-Q3";
    private static final String RELEASED_PERIOD = "?from=2012-07-01&to=2012-09-30";

    static {
        for (String jobFunction : List.of("human-rights-officer", "senior-human-rights-officer", "administrator", "unpol-officer",
                "personnel-officer", "gender-officer", "civil-affairs-officer", "reporting-tool", "partner-agency", "service-provider")) {
            JOB_FUNCTIONS.put(jobFunction, REALM.rolesOf(jobFunction));
        }
        // Not in the realm: another client holding HR_REFERRAL (as the retired shared background account
        // did), which the intake must refuse; and poc-site-service's own account, as the realm has it.
        JOB_FUNCTIONS.put("mission-services", new String[]{"PERSONNEL_READ", "POC_READ", "GENDER_READ", "PEACE_READ", "HR_REFERRAL"});
        JOB_FUNCTIONS.put("poc-site-service", REALM.caller("service-account-poc-site-service").roles().toArray(String[]::new));
    }

    private static final Map<String, String> OFFICE = Map.of("human-rights-officer", "MALAKAL", "unpol-officer", "MALAKAL",
            "gender-officer", "WAU", "service-provider", "MALAKAL");

    /** Endpoint → the status each job function gets (absent: 403). */
    private static final Map<String, Map<String, Integer>> ALLOWED = new LinkedHashMap<>();

    static {
        Map<String, Integer> hrReaders = Map.of("human-rights-officer", 200, "senior-human-rights-officer", 200, "administrator", 200);
        Map<String, Integer> aggregateReaders = Map.of("human-rights-officer", 200, "senior-human-rights-officer", 200,
                "administrator", 200, "reporting-tool", 200, "partner-agency", 200);
        ALLOWED.put("POST /api/v1/hr-cases", Map.of("human-rights-officer", 201, "senior-human-rights-officer", 201));
        ALLOWED.put("GET /api/v1/hr-cases", hrReaders);
        ALLOWED.put("GET /api/v1/hr-cases/{ref}", hrReaders);
        // identities, and names for the search, are the senior officer's since ADR 0092 (the officer has no HR_SENSITIVE)
        ALLOWED.put("GET /api/v1/hr-cases/{ref}?identities=true", Map.of("senior-human-rights-officer", 200));
        ALLOWED.put("POST /api/v1/hr-cases/{ref}/violations", Map.of("human-rights-officer", 201, "senior-human-rights-officer", 201));
        Map<String, Integer> staleWriters = Map.of("human-rights-officer", 412, "senior-human-rights-officer", 412);
        ALLOWED.put("PATCH /api/v1/hr-cases/{ref}", staleWriters);
        ALLOWED.put("PATCH /api/v1/hr-cases/{ref}/violations/ACT-1", staleWriters);
        ALLOWED.put("PATCH /api/v1/hr-cases/{ref}/victims/{victim}", staleWriters);
        ALLOWED.put("POST /api/v1/hr-cases/{ref}/violations/ACT-1/victims", staleWriters);
        ALLOWED.put("POST /api/v1/hr-cases/{ref}/reopen", Map.of("senior-human-rights-officer", 412));
        ALLOWED.put("PUT /api/v1/hr-cases/{ref}/assignment", staleWriters);
        ALLOWED.put("PUT /api/v1/hr-cases/{ref}/violations/ACT-1/verification", Map.of("senior-human-rights-officer", 412));
        ALLOWED.put("POST /api/v1/hr-cases/{ref}/activities", Map.of("human-rights-officer", 201, "senior-human-rights-officer", 201));
        ALLOWED.put("GET /api/v1/hr-cases/{ref}/activities", hrReaders);
        ALLOWED.put("GET /api/v1/hr-cases/queues/verification", Map.of("senior-human-rights-officer", 200));
        ALLOWED.put("GET /api/v1/hr-cases?assignedTo=me", hrReaders);
        ALLOWED.put("POST /api/v1/hr-cases/{ref}/transitions", Map.of("human-rights-officer", 412, "senior-human-rights-officer", 412));
        ALLOWED.put("POST /api/v1/hr-cases/{ref}/poc-incidents", Map.of("human-rights-officer", 412, "senior-human-rights-officer", 412));
        ALLOWED.put("PUT /api/v1/hr-cases/{ref}/victims/{victim}/consent", Map.of("human-rights-officer", 412, "senior-human-rights-officer", 412));
        ALLOWED.put("POST /api/v1/hr-cases/{ref}/referrals", Map.of("human-rights-officer", 201, "senior-human-rights-officer", 201));
        ALLOWED.put("POST /api/v1/hr-cases/{ref}/identified-sharing", Map.of("senior-human-rights-officer", 201));
        // the person registry and the case search (ADR 0090, 0091)
        ALLOWED.put("POST /api/v1/hr-people", Map.of("human-rights-officer", 201, "senior-human-rights-officer", 201));
        ALLOWED.put("GET /api/v1/hr-people/{person}", hrReaders);
        ALLOWED.put("PUT /api/v1/hr-cases/{ref}/members/{victim}/person", staleWriters);
        ALLOWED.put("POST /api/v1/hr-people/{person}/merge", Map.of("senior-human-rights-officer", 400));
        ALLOWED.put("GET /api/v1/hr-cases/search?q=killing", hrReaders);
        ALLOWED.put("GET /api/v1/hr-cases/search?name=Matrix", Map.of("senior-human-rights-officer", 200));
        // only poc-site-service's own account gets past the role and client checks, to the incident check (503:
        // no poc-site-service runs for this test)
        ALLOWED.put("POST /api/v1/hr-cases/referrals", Map.of("poc-site-service", 503));
        ALLOWED.put("GET /api/v1/hr-audit/events", Map.of("administrator", 200));
        ALLOWED.put("GET /api/v1/hr-audit/verification", Map.of("administrator", 200));
        // a quarter released for this test: partners and reporting tools read released quarters only (ADR 0098)
        ALLOWED.put("GET /api/v1/hr-reports/mrm" + RELEASED_PERIOD, aggregateReaders);
        ALLOWED.put("GET /api/v1/hr-reports/mara" + RELEASED_PERIOD, aggregateReaders);
        ALLOWED.put("GET /api/v1/hr-reports/harm" + RELEASED_PERIOD, aggregateReaders);
        ALLOWED.put("GET /api/v1/hr-reports/quarterly-brief?quarter=" + RELEASED_QUARTER, aggregateReaders);
        ALLOWED.put("GET /api/v1/hr-reports/releases", aggregateReaders);
        // released already (below): the one role that may gets past the role check to the 409
        ALLOWED.put("POST /api/v1/hr-reports/releases", Map.of("senior-human-rights-officer", 409));
        ALLOWED.put("GET /api/v1/hr-reports/export", Map.of("senior-human-rights-officer", 200));
        ALLOWED.put("GET /api/v1/hr-reports/export?identities=true", Map.of("senior-human-rights-officer", 200));
        ALLOWED.put("GET /api/v1/perpetrator-parties", aggregateReaders);
        ALLOWED.put("GET /api/v1/hr-reports/perpetrators", hrReaders);
        Map<String, Integer> providerReaders = new LinkedHashMap<>(hrReaders);
        providerReaders.put("service-provider", 200);
        ALLOWED.put("GET /api/v1/service-providers", providerReaders);
        ALLOWED.put("POST /api/v1/service-providers", Map.of("administrator", 201));
        ALLOWED.put("GET /api/v1/hr-referrals", Map.of("human-rights-officer", 200, "senior-human-rights-officer", 200,
                "administrator", 200, "service-provider", 200));
        // past the role check to the provider check: no such provider (400), no such referral for this provider (404)
        ALLOWED.put("POST /api/v1/hr-referrals", Map.of("human-rights-officer", 400, "senior-human-rights-officer", 400));
        ALLOWED.put("POST /api/v1/hr-referrals/RF-2026-999999/answers", Map.of("service-provider", 404));
        // evidence and hate speech (ADR 0094, 0095): human rights staff only, never partners or reporting tools
        ALLOWED.put("GET /api/v1/hr-cases/{ref}/evidence", hrReaders);
        ALLOWED.put("GET /api/v1/hr-reports/hate-speech", hrReaders);
    }

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;

    private String reference;
    private String victim;
    private String person;

    @BeforeAll
    void recordCase() {
        String body = HrFixtures.caseBody("MALAKAL", "2026-02-10", HrFixtures.uniqueName()).replace(
                "\"exactLocation\": \"Block 4, shelter 12\"}",
                "\"exactLocation\": \"Block 4, shelter 12\"}, \"consent\": {\"servicesReferral\": true, "
                        + "\"deidentifiedReporting\": true, \"identifiedSharing\": true, \"sharingPartners\": [\"UNICEF\"], "
                        + "\"caregiverConsent\": true, \"childAssent\": true}");
        ApiResponse created = HrFixtures.create(api, HrFixtures.officer(issuer), body);
        reference = created.json().get("reference").asString();
        victim = created.json().at("/violations/0/victims/0/code").asString();
        ApiResponse released = api.post("/api/v1/hr-reports/releases", HrFixtures.senior(issuer),
                "{\"quarter\": \"" + RELEASED_QUARTER + "\"}");
        assertThat(released.status()).as(released.body()).isEqualTo(201);
        person = api.post("/api/v1/hr-people", HrFixtures.officer(issuer), "{\"fieldOffice\": \"MALAKAL\", \"sex\": \"FEMALE\"}")
                .json().get("code").asString();
    }

    Stream<Arguments> matrix() {
        List<Arguments> rows = new ArrayList<>();
        ALLOWED.forEach((endpoint, allowed) -> {
            JOB_FUNCTIONS.keySet().forEach(role -> rows.add(Arguments.of(endpoint, role, allowed.getOrDefault(role, 403))));
            rows.add(Arguments.of(endpoint, "no token", 401));
            rows.add(Arguments.of(endpoint, "forged token", 401));
            if (endpoint.contains("{ref}")) {
                // an officer's roles do not reach reopening or an act's verification, whatever the office (CorrectionApiTest and
                // ActVerificationApiTest: a Juba verifier gets 404)
                rows.add(Arguments.of(endpoint, "human-rights-officer of JUBA",
                        endpoint.endsWith("/reopen") || endpoint.endsWith("/verification") ? 403 : 404));
            }
            if (endpoint.contains("{person}")) {
                // a person registered in Malakal is no person for Juba; merging needs HR_VERIFY first
                rows.add(Arguments.of(endpoint, "human-rights-officer of JUBA", endpoint.endsWith("/merge") ? 403 : 404));
            }
        });
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @MethodSource("matrix")
    void eachRoleGetsWhatItMay(String endpoint, String caller, int expected) {
        ApiResponse response = call(endpoint, token(caller));
        assertThat(response.status()).as(response.body()).isEqualTo(expected);
        if (expected >= 400) {
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    private String token(String caller) {
        return switch (caller) {
            case "no token" -> null;
            case "forged token" -> issuer.forgedToken("hr.senior", "HQ", HrFixtures.SENIOR);
            case "human-rights-officer of JUBA" -> issuer.token("hr.officer.juba", "JUBA", HrFixtures.OFFICER);
            case "mission-services", "poc-site-service" -> issuer.serviceAccountToken(caller, "HQ", JOB_FUNCTIONS.get(caller));
            // a provider's staff are bound to their provider by the realm's service_provider attribute
            case "service-provider" -> issuer.tokenWithClaim("service_provider", "MATRIX-PROVIDER", "service.provider.malakal",
                    "MALAKAL", JOB_FUNCTIONS.get(caller));
            default -> issuer.token(caller.replace('-', '.'), OFFICE.getOrDefault(caller, "HQ"), JOB_FUNCTIONS.get(caller));
        };
    }

    private ApiResponse call(String endpoint, String token) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = endpoint.substring(endpoint.indexOf(' ') + 1).replace("{ref}", reference).replace("{victim}", victim)
                .replace("{person}", person);
        String body = switch (endpoint) {
            case "POST /api/v1/hr-cases" -> HrFixtures.caseBody("MALAKAL", "2026-02-11", "Matrix Person");
            case "POST /api/v1/hr-cases/{ref}/violations" -> "{\"type\": \"TORTURE\"}";
            case "POST /api/v1/hr-cases/{ref}/transitions" -> "{\"to\": \"UNDER_INVESTIGATION\"}";
            case "PATCH /api/v1/hr-cases/{ref}" -> "{\"reason\": \"typo\", \"title\": \"Corrected\"}";
            case "PATCH /api/v1/hr-cases/{ref}/violations/ACT-1" -> "{\"reason\": \"typo\", \"type\": \"INJURY_OR_MAIMING\"}";
            case "PATCH /api/v1/hr-cases/{ref}/victims/{victim}" -> "{\"reason\": \"typo\", \"age\": 13}";
            case "POST /api/v1/hr-cases/{ref}/violations/ACT-1/victims" -> "{\"kind\": \"INDIVIDUAL\", \"sex\": \"MALE\"}";
            case "POST /api/v1/hr-cases/{ref}/reopen" -> "{\"reason\": \"new information\"}";
            case "PUT /api/v1/hr-cases/{ref}/assignment" -> "{\"assignee\": \"hr.senior\"}";
            case "PUT /api/v1/hr-cases/{ref}/violations/ACT-1/verification" ->
                    "{\"outcome\": \"VERIFIED\", \"standardOfProof\": \"REASONABLE_GROUNDS\"}";
            case "POST /api/v1/hr-cases/{ref}/activities" -> "{\"type\": \"INTERVIEW\", \"date\": \"2026-02-12\", \"outcome\": \"o\"}";
            case "POST /api/v1/hr-cases/{ref}/poc-incidents" -> "{\"reference\": \"SI-2026-000001\"}";
            case "PUT /api/v1/hr-cases/{ref}/victims/{victim}/consent" ->
                    "{\"servicesReferral\": true, \"deidentifiedReporting\": true, \"identifiedSharing\": false}";
            case "POST /api/v1/hr-cases/{ref}/referrals" ->
                    "{\"victimCode\": \"" + victim + "\", \"service\": \"MEDICAL\", \"provider\": \"Clinic\"}";
            case "POST /api/v1/hr-cases/{ref}/identified-sharing" -> "{\"victimCode\": \"" + victim + "\", \"partner\": \"UNICEF\"}";
            case "POST /api/v1/hr-reports/releases" -> "{\"quarter\": \"" + RELEASED_QUARTER + "\"}";
            case "POST /api/v1/service-providers" -> "{\"code\": \"MATRIX-PROVIDER\", \"name\": \"Matrix provider (synthetic)\", "
                    + "\"services\": [\"MEDICAL\"], \"fieldOffices\": [\"MALAKAL\"], \"contact\": \"desk@matrix.example\"}";
            case "POST /api/v1/hr-referrals" -> "{\"caseReference\": \"" + reference + "\", \"victimCode\": \"" + victim
                    + "\", \"providerCode\": \"NO-SUCH-PROVIDER\", \"service\": \"MEDICAL\"}";
            case "POST /api/v1/hr-referrals/RF-2026-999999/answers" -> "{\"decision\": \"ACCEPTED\"}";
            case "POST /api/v1/hr-people" -> "{\"fieldOffice\": \"MALAKAL\", \"name\": \"Matrix Person\", \"sex\": \"MALE\"}";
            case "PUT /api/v1/hr-cases/{ref}/members/{victim}/person" -> "{\"personCode\": \"" + person + "\"}";
            // merged into itself: past the role checks, the first answer is the 400 that names the field
            case "POST /api/v1/hr-people/{person}/merge" -> "{\"into\": \"" + person + "\", \"reason\": \"same person\"}";
            case "POST /api/v1/hr-cases/referrals" -> "{\"sourceService\": \"poc-site-service\", \"sourceReference\": \"SI-2026-"
                    + String.format("%06d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000))
                    + "\", \"fieldOffice\": \"MALAKAL\", \"occurredAt\": \"2026-02-01T10:00:00Z\", \"category\": \"SGBV\", \"summary\": \"s\"}";
            default -> null;
        };
        Map<String, String> headers = endpoint.contains("transitions") || endpoint.contains("consent") || endpoint.contains("poc-incidents")
                || endpoint.startsWith("PATCH") || endpoint.endsWith("/victims") || endpoint.endsWith("/reopen")
                || endpoint.endsWith("/assignment") || endpoint.endsWith("/verification") || endpoint.endsWith("/answers")
                || endpoint.endsWith("/person")
                ? Map.of("If-Match", "\"999\"") : Map.of();
        return api.send(method, path, token, body, headers);
    }
}
