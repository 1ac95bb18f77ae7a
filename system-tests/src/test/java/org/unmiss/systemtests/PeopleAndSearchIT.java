package org.unmiss.systemtests;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People across acts and case search (issue 18 items 3 and 6) through the gateway with real Keycloak tokens: one girl
 * abducted and raped, her two victim records linked to one person of the registry, counts once as a victim in the MRM
 * and the quarterly brief; a name search by hr.senior finds her case, the same search by hr.officer.malakal (no
 * HR_SENSITIVE, ADR 0092) is refused; and the raw store holds her name nowhere in plaintext.
 */
@ExtendWith(PlatformExtension.class)
@Order(2)
class PeopleAndSearchIT {

    private static final String CASES = "/api/v1/hr-cases";
    private static ApiClient gateway;
    private static MongoClient store;
    private static String officer;
    private static String senior;
    /** Live figures, as staff read them (reporting tools get released quarters only, ADR 0098). */
    private static String figuresReader;

    @BeforeAll
    static void tokens() {
        gateway = new ApiClient(Platform.current().gateway());
        store = MongoClients.create(Platform.current().storeUri());
        officer = Tokens.forUser("hr.officer.malakal");
        senior = Tokens.forUser("hr.senior");
        figuresReader = Tokens.forUser("hr.senior");
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static ApiResponse ok(ApiResponse response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return response;
    }

    @Test
    void onePersonWithTwoActsCountsOnceAndIsFoundByNameOnlyByHrSensitive() {
        // a synthetic name no other run writes (demo data, marked as such)
        String family = "Nyayien" + UUID.randomUUID().toString().substring(0, 8).replace("-", "");
        String name = "Achol " + family;
        String mrm = "/api/v1/hr-reports/mrm?from=2021-10-01&to=2021-12-31";
        String brief = "/api/v1/hr-reports/quarterly-brief?quarter=2021-Q4";
        JsonNode mrmBefore = ok(gateway.get(mrm, figuresReader), 200).json();
        JsonNode briefBefore = ok(gateway.get(brief, figuresReader), 200).json();

        ApiResponse recorded = ok(gateway.post(CASES, officer, """
                {"title": "People scenario", "fieldOffice": "MALAKAL", "occurredFrom": {"date": "2021-11-05", "precision": "EXACT"},
                 "location": {"state": "UPPER_NILE", "county": "Panyikang"},
                 "violations": [{"type": "ABDUCTION", "perpetrators": [{"partyCode": "SSPDF"}],
                                 "victims": [{"kind": "INDIVIDUAL", "sex": "FEMALE", "age": 13}]},
                                {"type": "RAPE", "perpetrators": [{"partyCode": "SSPDF"}],
                                 "victims": [{"kind": "INDIVIDUAL", "sex": "FEMALE", "age": 13}]}]}
                """), 201);
        String reference = recorded.json().get("reference").asString();
        JsonNode person = ok(gateway.post("/api/v1/hr-people", officer, """
                {"fieldOffice": "MALAKAL", "name": "%s", "sex": "FEMALE", "age": 13}""".formatted(name)), 201).json();
        String code = person.get("code").asString();
        assertThat(person.toString()).doesNotContain(family);

        String etag = recorded.header("ETag");
        List<String> victims = new ArrayList<>();
        recorded.json().get("violations").forEach(v -> victims.add(v.at("/victims/0/code").asString()));
        for (String victim : victims) {
            etag = ok(gateway.send("PUT", CASES + "/" + reference + "/members/" + victim + "/person", officer,
                    "{\"personCode\": \"" + code + "\"}", Map.of("If-Match", etag)), 200).header("ETag");
        }
        ApiResponse investigating = ok(gateway.send("POST", CASES + "/" + reference + "/transitions", officer,
                "{\"to\": \"UNDER_INVESTIGATION\"}", Map.of("If-Match", etag)), 200);
        ok(gateway.send("POST", CASES + "/" + reference + "/transitions", senior,
                "{\"to\": \"VERIFIED\", \"standardOfProof\": \"REASONABLE_GROUNDS\"}", Map.of("If-Match", investigating.header("ETag"))), 200);

        // two violations, one victim: one abducted child, one child victim of sexual violence, one victim in the brief
        JsonNode mrmAfter = ok(gateway.get(mrm, figuresReader), 200).json();
        assertThat(line(mrmAfter, "ABDUCTION") - line(mrmBefore, "ABDUCTION")).isEqualTo(1);
        assertThat(line(mrmAfter, "SEXUAL_VIOLENCE") - line(mrmBefore, "SEXUAL_VIOLENCE")).isEqualTo(1);
        JsonNode briefAfter = ok(gateway.get(brief, figuresReader), 200).json();
        assertThat(briefAfter.get("violations").asLong() - briefBefore.get("violations").asLong()).isEqualTo(2);
        assertThat(briefAfter.get("victims").asLong() - briefBefore.get("victims").asLong()).isEqualTo(1);

        // the name finds the case for hr.senior; hr.officer.malakal, without HR_SENSITIVE, is refused
        String search = CASES + "/search?name=" + URLEncoder.encode(family.toUpperCase() + " achol", StandardCharsets.UTF_8);
        ApiResponse found = ok(gateway.get(search, senior), 200);
        assertThat(found.body()).contains(reference).doesNotContain(family);
        EdgeSecurityIT.assertProblem(gateway.get(search, officer), 403);
        // words of the case's fields are for every reader of cases
        assertThat(ok(gateway.get(CASES + "/search?q=panyikang+abduction&size=200", officer), 200).body()).contains(reference);
        ApiResponse audit = ok(gateway.get("/api/v1/hr-audit/events?action=CASE_SEARCHED&actor=hr.senior&size=5",
                Tokens.forUser("mission.admin")), 200);
        assertThat(audit.body()).contains("name#").doesNotContain(family);

        // the raw store: no plaintext name in the cases, the registry or the audit log
        var database = store.getDatabase("humanrights");
        for (String collection : List.of("hr_cases", "hr_people", "hr_audit_events")) {
            for (Document d : database.getCollection(collection).find()) {
                assertThat(d.toJson()).as(collection).doesNotContain(family).doesNotContain(family.toLowerCase());
            }
        }
        Document raw = database.getCollection("hr_people").find(new Document("_id", code)).first();
        assertThat(raw).isNotNull();
        assertThat(raw.getString("sealedName")).isNotBlank();
    }

    private static long line(JsonNode mrm, String grave) {
        for (JsonNode line : mrm.get("lines")) {
            if (line.get("graveViolation").asString().equals(grave)) {
                return line.get("verified").asLong();
            }
        }
        throw new AssertionError("no " + grave + " line in " + mrm);
    }
}
