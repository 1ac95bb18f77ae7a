package org.unmiss.humanrights.hatespeech;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ProblemAssert;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unmiss.humanrights.HrFixtures.create;
import static org.unmiss.humanrights.HrFixtures.officer;
import static org.unmiss.humanrights.HrFixtures.senior;

/**
 * Hate-speech acts as evidence through the API on the embedded store: details with a captured copy and its hash,
 * the link sealed, the report by month, medium and language in JSON and CSV within the caller's office.
 */
@ServiceTest
class HateSpeechApiTest {

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;

    @Autowired
    MongoTemplate mongo;

    @Value("${local.server.port}")
    int port;

    private static String hateSpeechCase(String office, String date) {
        return """
                {"title": "Posts calling for attacks", "narrative": "Synthetic test case.", "fieldOffice": "%s",
                 "occurredFrom": {"date": "%s", "precision": "EXACT"},
                 "location": {"state": "UPPER_NILE", "county": "Malakal", "latitude": 9.53, "longitude": 31.65},
                 "sources": [{"connection": "WITNESS", "reliability": "RELIABLE"}],
                 "violations": [{"type": "HATE_SPEECH_OR_INCITEMENT", "perpetrators": [], "victims": []},
                                {"type": "KILLING", "perpetrators": [], "victims": [{"kind": "GROUP", "count": 2, "sex": "MALE", "ageGroup": "AGE_18_59"}]}]}
                """.formatted(office, date);
    }

    private String capture(String reference, String token) throws Exception {
        byte[] png = new byte[3000];
        new Random(reference.hashCode()).nextBytes(png);
        System.arraycopy(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 0, png, 0, 8);
        HttpResponse<String> uploaded = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/hr-cases/" + reference + "/evidence?kind=CAPTURED_COPY"))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofByteArray(png)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        return uploaded.body().replaceAll(".*\"code\":\"(EV-[0-9A-Z]+)\".*", "$1");
    }

    private static String details(String medium, String language, long reach, String published, String copy) {
        return """
                {"medium": "%s", "platform": "Facebook", "link": "https://example.org/post/123", "language": "%s",
                 "reach": %d, "publishedOn": "%s", "capturedCopy": "%s"}
                """.formatted(medium, language, reach, published, copy);
    }

    private ApiResponse put(String reference, String act, String token, String body) {
        return api.send("PUT", "/api/v1/hr-cases/" + reference + "/violations/" + act + "/hate-speech", token, body, Map.of());
    }

    @Test
    void aHateSpeechActKeepsItsMediumLanguageReachAndCapturedCopyAndTheReportCountsIt() throws Exception {
        String reference = create(api, officer(issuer), hateSpeechCase("MALAKAL", "2021-05-02")).json().get("reference").asString();
        String copy = capture(reference, officer(issuer));

        ApiResponse recorded = put(reference, "ACT-1", officer(issuer), details("SOCIAL_MEDIA", "ar", 12_000, "2021-05-01", copy));

        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        JsonNode view = recorded.json();
        assertThat(view.get("medium").asString()).isEqualTo("SOCIAL_MEDIA");
        assertThat(view.get("link").asString()).isEqualTo("https://example.org/post/123");
        assertThat(view.get("capturedCopy").get("code").asString()).isEqualTo(copy);
        assertThat(view.get("capturedCopy").get("sha256").asString()).hasSize(64);
        Document stored = mongo.getCollection("hr_hate_speech").find(new Document("_id", reference + "/ACT-1")).first();
        assertThat(stored.toJson()).doesNotContain("example.org");
        // without HR_SENSITIVE the link is withheld
        ApiResponse withheld = api.get("/api/v1/hr-cases/" + reference + "/hate-speech",
                issuer.token("hr.reader.malakal", "MALAKAL", "HR_READ"));
        assertThat(withheld.status()).isEqualTo(200);
        assertThat(withheld.json().get(0).get("violationCode").asString()).isEqualTo("ACT-1");
        assertThat(withheld.json().get(0).get("link").isNull()).isTrue();

        ApiResponse report = api.get("/api/v1/hr-reports/hate-speech?from=2021-05&to=2021-05", senior(issuer));
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.json().get("acts").asLong()).isEqualTo(1);
        assertThat(report.json().get("reach").asLong()).isEqualTo(12_000);
        JsonNode row = report.json().get("rows").get(0);
        assertThat(row.get("month").asString()).isEqualTo("2021-05");
        assertThat(row.get("language").asString()).isEqualTo("ar");
        assertThat(report.json().get("actsByMedium").get("SOCIAL_MEDIA").asLong()).isEqualTo(1);

        ApiResponse csv = api.send("GET", "/api/v1/hr-reports/hate-speech?from=2021-05&to=2021-05", senior(issuer), null,
                Map.of("Accept", "text/csv"));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("month,medium,language,acts,reach").contains("2021-05,SOCIAL_MEDIA,ar,1,12000");

        // another office's officer sees none of it
        ApiResponse juba = api.get("/api/v1/hr-reports/hate-speech?from=2021-05&to=2021-05",
                issuer.token("hr.officer.juba", "JUBA", "HR_READ"));
        assertThat(juba.json().get("acts").asLong()).isZero();
    }

    @Test
    void onlyAHateSpeechActOfACaseWithItsOwnCopyTakesDetailsAndRolesAndOfficeHold() throws Exception {
        String reference = create(api, officer(issuer), hateSpeechCase("MALAKAL", "2021-06-03")).json().get("reference").asString();
        String copy = capture(reference, officer(issuer));
        String other = create(api, officer(issuer), hateSpeechCase("MALAKAL", "2021-06-04")).json().get("reference").asString();
        String otherCopy = capture(other, officer(issuer));

        ProblemAssert.assertProblem(put(reference, "ACT-2", officer(issuer), details("RADIO", "din", 10, "2021-06-01", copy)), 409);
        ProblemAssert.assertProblem(put(reference, "ACT-1", officer(issuer), details("RADIO", "din", 10, "2021-06-01", otherCopy)), 400)
                .namingAtLeast("capturedCopy");
        ProblemAssert.assertProblem(put(reference, "ACT-1", officer(issuer), details("RADIO", "Dinka", -1, "2021-06-01", copy)), 400)
                .namingAtLeast("language", "reach");
        ProblemAssert.assertProblem(put(reference, "ACT-1", issuer.token("hr.reader.malakal", "MALAKAL", "HR_READ"),
                details("RADIO", "din", 10, "2021-06-01", copy)), 403);
        ProblemAssert.assertProblem(put(reference, "ACT-1", issuer.token("hr.officer.juba", "JUBA", "HR_READ", "HR_WRITE"),
                details("RADIO", "din", 10, "2021-06-01", copy)), 404);
        assertThat(put(reference, "ACT-1", null, details("RADIO", "din", 10, "2021-06-01", copy)).status()).isEqualTo(401);
        assertThat(put(reference, "ACT-1", issuer.forgedToken("hr.officer.malakal", "MALAKAL", "HR_READ", "HR_WRITE"),
                details("RADIO", "din", 10, "2021-06-01", copy)).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/hr-reports/hate-speech", issuer.token("partner.liaison", "HQ", "PARTNER")).status()).isEqualTo(403);
        assertThat(put(reference, "ACT-1", officer(issuer), details("RADIO", "din", 10, "2021-06-01", copy)).status()).isEqualTo(200);
    }
}
