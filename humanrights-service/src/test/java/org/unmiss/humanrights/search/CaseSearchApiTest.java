package org.unmiss.humanrights.search;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.unmiss.humanrights.HrFixtures;
import org.unmiss.humanrights.search.persistence.CaseSearchIndexer;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ProblemAssert;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unmiss.humanrights.HrFixtures.admin;
import static org.unmiss.humanrights.HrFixtures.senior;

/**
 * Case search (ADR 0091) over the real embedded store: words of non-sensitive fields for anyone who may list cases,
 * title words and names for HR_SENSITIVE only, within the office scope, every search audited with hashes only, and
 * no name in plaintext anywhere in the store.
 */
@ServiceTest
class CaseSearchApiTest {

    private static final String SEARCH = "/api/v1/hr-cases/search";

    @Autowired
    ApiClient api;
    @Autowired
    TestIssuer issuer;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    CaseSearchIndexer indexer;

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** A case in {@code office} whose title holds {@code titleWord} and whose child victim is {@code victimName}. */
    private String recorded(String office, String county, String titleWord, String victimName) {
        String body = HrFixtures.caseBody(office, "2026-01-20", victimName).replace("Attack on a cattle camp",
                "Attack at " + titleWord).replace("\"county\": \"Malakal\"", "\"county\": \"" + county + "\"");
        return HrFixtures.create(api, senior(issuer), body).json().get("reference").asString();
    }

    @Test
    void wordsFindCasesByTheirFieldsForEveryReaderAndByTheirTitleForHrSensitiveOnly() {
        String county = "Tonga" + System.nanoTime() % 100000;
        String titleWord = "Wunrok" + System.nanoTime() % 100000;
        String malakal = recorded("MALAKAL", county, titleWord, HrFixtures.uniqueName());
        String juba = recorded("JUBA", county, titleWord, HrFixtures.uniqueName());

        ApiResponse byOfficer = api.get(SEARCH + "?q=" + q(county.toUpperCase() + " killing"), HrFixtures.realmOfficer(issuer));
        assertThat(byOfficer.status()).as(byOfficer.body()).isEqualTo(200);
        assertThat(byOfficer.body()).contains(malakal).doesNotContain(juba);
        assertThat(byOfficer.json().at("/content/0/title").isNull()).isTrue();
        // every word must match
        assertThat(api.get(SEARCH + "?q=" + q(county + " abduction"), HrFixtures.realmOfficer(issuer)).json().get("totalElements").asLong()).isZero();

        ApiResponse atHq = api.get(SEARCH + "?q=" + q(county), senior(issuer));
        assertThat(atHq.body()).contains(malakal, juba);
        // the title is free text only HR_SENSITIVE may read: matched for them, not for others
        ApiResponse titleBySenior = api.get(SEARCH + "?q=" + q(titleWord.toLowerCase()), senior(issuer));
        assertThat(titleBySenior.json().get("totalElements").asLong()).isEqualTo(2);
        assertThat(titleBySenior.body()).contains("Attack at " + titleWord);
        assertThat(api.get(SEARCH + "?q=" + q(titleWord), HrFixtures.realmOfficer(issuer)).json().get("totalElements").asLong()).isZero();
        assertThat(api.get(SEARCH + "?q=" + q(titleWord), admin(issuer)).json().get("totalElements").asLong()).isZero();
    }

    @Test
    void aNameFindsTheCasesOfItsVictimsAndOfTheRegistrysPeopleForHrSensitiveOnly() {
        String name = HrFixtures.uniqueName();
        String onCase = recorded("MALAKAL", "Malakal", "camp", name);
        // a case whose victim carries no name of its own but is linked to a person of the registry with the name
        ApiResponse plain = HrFixtures.create(api, senior(issuer), """
                {"title": "Unnamed victim", "fieldOffice": "MALAKAL", "occurredFrom": {"date": "2026-01-21", "precision": "EXACT"},
                 "location": {"state": "UPPER_NILE"},
                 "violations": [{"type": "ABDUCTION", "victims": [{"kind": "INDIVIDUAL", "sex": "FEMALE", "age": 14}]}]}""");
        String viaPerson = plain.json().get("reference").asString();
        String person = api.post("/api/v1/hr-people", senior(issuer),
                "{\"fieldOffice\": \"MALAKAL\", \"name\": \"" + name + "\", \"sex\": \"FEMALE\", \"age\": 14}").json().get("code").asString();
        ApiResponse linked = api.send("PUT", "/api/v1/hr-cases/" + viaPerson + "/members/"
                        + plain.json().at("/violations/0/victims/0/code").asString() + "/person", senior(issuer),
                "{\"personCode\": \"" + person + "\"}", Map.of("If-Match", plain.header("ETag")));
        assertThat(linked.status()).as(linked.body()).isEqualTo(200);

        String[] words = name.split(" ");
        ApiResponse found = api.get(SEARCH + "?name=" + q(words[1].toUpperCase() + " " + words[0]), senior(issuer));
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        assertThat(found.body()).contains(onCase, viaPerson).doesNotContain(name);
        // one word of the name is enough to ask with; a word the name does not hold finds nothing
        assertThat(api.get(SEARCH + "?name=" + q(words[1]), senior(issuer)).body()).contains(onCase, viaPerson);
        assertThat(api.get(SEARCH + "?name=" + q(words[1] + " Someoneelse"), senior(issuer)).json().get("totalElements").asLong())
                .isZero();
        // the same office's officer without HR_SENSITIVE, and the administrator, are refused, and the refusal is audited
        ProblemAssert.assertProblem(api.get(SEARCH + "?name=" + q(name), HrFixtures.realmOfficer(issuer)), 403);
        ProblemAssert.assertProblem(api.get(SEARCH + "?name=" + q(name), admin(issuer)), 403);
        // a Juba officer with HR_SENSITIVE does not find Malakal's cases
        String juba = issuer.token("hr.senior.juba", "JUBA", HrFixtures.SENIOR);
        assertThat(api.get(SEARCH + "?name=" + q(name), juba).json().get("totalElements").asLong()).isZero();

        JsonNode searches = api.get("/api/v1/hr-audit/events?action=CASE_SEARCHED&actor=hr.senior&size=5", admin(issuer)).json();
        assertThat(searches.at("/content/0/detail").asString()).contains("name#").contains("with titles");
        String refused = api.get("/api/v1/hr-audit/events?action=ACCESS_REFUSED&actor=hr.officer.malakal&size=5", admin(issuer)).body();
        assertThat(refused).contains("/api/v1/hr-cases/search");
        String audit = api.get("/api/v1/hr-audit/events?size=200", admin(issuer)).body();
        assertThat(audit).doesNotContain(words[1]).doesNotContain(words[1].toLowerCase());

        // the store holds the name nowhere in plaintext: not in the cases, their index, the registry or the audit log
        for (String collection : new String[] {"hr_cases", "hr_people", "hr_audit_events"}) {
            for (Document d : mongo.getCollection(collection).find()) {
                assertThat(d.toJson()).as(collection).doesNotContain(words[1]).doesNotContain(words[1].toLowerCase());
            }
        }
    }

    @Test
    void casesStoredBeforeTheIndexAreIndexedAtStart() {
        String county = "Fangak" + System.nanoTime() % 100000;
        String reference = recorded("MALAKAL", county, "camp", HrFixtures.uniqueName());
        mongo.updateFirst(Query.query(Criteria.where("_id").is(reference)), new Update().unset("searchIndex"), "hr_cases");
        assertThat(api.get(SEARCH + "?q=" + county, senior(issuer)).json().get("totalElements").asLong()).isZero();
        indexer.indexUnindexed();
        assertThat(api.get(SEARCH + "?q=" + county, senior(issuer)).body()).contains(reference);
    }

    @Test
    void badSearchesAndBadCallersGetProblems() {
        ProblemAssert.assertProblem(api.get(SEARCH, HrFixtures.realmOfficer(issuer)), 400).namingAtLeast("q");
        ProblemAssert.assertProblem(api.get(SEARCH + "?q=" + q("- !"), HrFixtures.realmOfficer(issuer)), 400).namingAtLeast("q");
        ProblemAssert.assertProblem(api.get(SEARCH + "?q=" + "w".repeat(201), HrFixtures.realmOfficer(issuer)), 400).namingAtLeast("q");
        ProblemAssert.assertProblem(api.get(SEARCH + "?q=" + q("aa bb cc dd ee ff gg hh ii jj kk"), HrFixtures.realmOfficer(issuer)), 400)
                .namingAtLeast("q");
        ProblemAssert.assertProblem(api.get(SEARCH + "?name=" + q("?"), senior(issuer)), 400).namingAtLeast("name");
        ProblemAssert.assertProblem(api.get(SEARCH + "?q=camp&size=5000", HrFixtures.realmOfficer(issuer)), 400);
        ProblemAssert.assertProblem(api.get(SEARCH + "?q=camp", null), 401);
        ProblemAssert.assertProblem(api.get(SEARCH + "?q=camp", issuer.forgedToken("hr.senior", "HQ", HrFixtures.SENIOR)), 401);
        ProblemAssert.assertProblem(api.get(SEARCH + "?q=camp", issuer.token("reporting-tools", "HQ", "REPORTING")), 403);
        ProblemAssert.assertProblem(api.get(SEARCH + "?q=camp", issuer.token("partner-agency", "HQ", "PARTNER")), 403);
        // a token without a field office sees nothing
        assertThat(api.get(SEARCH + "?q=camp", issuer.tokenWithoutOffice("hr.nowhere", HrFixtures.SENIOR)).json().get("totalElements")
                .asLong()).isZero();
    }
}
