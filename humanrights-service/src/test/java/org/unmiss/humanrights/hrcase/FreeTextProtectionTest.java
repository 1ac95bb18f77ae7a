package org.unmiss.humanrights.hrcase;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unmiss.humanrights.HrFixtures.admin;
import static org.unmiss.humanrights.HrFixtures.create;
import static org.unmiss.humanrights.HrFixtures.officer;
import static org.unmiss.humanrights.HrFixtures.senior;
import static org.unmiss.humanrights.HrFixtures.transition;

/**
 * A case's free text (title, place, perpetrator description, workflow note, referral provider and
 * note, override reason) and its exact point: sealed in the store like identities, shown to holders
 * of HR_SENSITIVE, and withheld (the point rounded to 0.1°) from everyone else, in the case, in lists
 * and in the export.
 */
@ServiceTest
class FreeTextProtectionTest {

    private static final AtomicInteger MARKS = new AtomicInteger();

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;

    @Autowired
    MongoTemplate mongo;

    /** Free text no other test writes, so finding it anywhere means exactly this case's. */
    private static String mark(String what) {
        return what + " Garang Marker" + MARKS.incrementAndGet() + "q" + System.nanoTime() % 100000;
    }

    private record Recorded(String reference, List<String> texts) {
    }

    /** A Malakal case with every kind of free text, moved once with a note and referred without consent under override. */
    private Recorded record() {
        String title = mark("Killing of");
        String place = mark("Homestead of");
        String description = mark("Commander");
        String note = mark("Witness");
        String provider = mark("Clinic of");
        String referralNote = mark("Taken by");
        String reason = mark("Bleeding, brought by");
        ApiResponse created = create(api, officer(issuer), """
                {"title": "%s", "fieldOffice": "MALAKAL", "occurredFrom": {"date": "2026-03-04", "precision": "EXACT"},
                 "location": {"state": "UPPER_NILE", "county": "Malakal", "place": "%s", "latitude": 9.5312, "longitude": 31.6547},
                 "violations": [{"type": "KILLING", "perpetrators": [{"partyCode": "SSPDF", "description": "%s"}],
                                 "victims": [{"kind": "INDIVIDUAL", "sex": "MALE", "age": 30}]}]}
                """.formatted(title, place, description));
        String reference = created.json().get("reference").asString();
        String victim = created.json().at("/violations/0/victims/0/code").asString();
        ApiResponse moved = transition(api, officer(issuer), reference, created.header("ETag"),
                "{\"to\": \"UNDER_INVESTIGATION\", \"note\": \"" + note + "\"}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        ApiResponse referred = api.post("/api/v1/hr-cases/" + reference + "/referrals", senior(issuer), """
                {"victimCode": "%s", "service": "MEDICAL", "provider": "%s", "note": "%s", "overrideReason": "%s"}
                """.formatted(victim, provider, referralNote, reason));
        assertThat(referred.status()).as(referred.body()).isEqualTo(201);
        return new Recorded(reference, List.of(title, place, description, note, provider, referralNote, reason));
    }

    @Test
    void theStoredDocumentHoldsNoPlaintextFreeTextNorTheExactPoint() {
        Recorded recorded = record();
        Document raw = mongo.getCollection("hr_cases").find(new Document("_id", recorded.reference())).first();
        assertThat(raw).isNotNull();
        String stored = raw.toJson();
        for (String text : recorded.texts()) {
            assertThat(stored).doesNotContain(text).doesNotContain(text.substring(text.indexOf("Marker")));
        }
        assertThat(stored).doesNotContain("9.5312").doesNotContain("31.6547").doesNotContain("Garang");
        assertThat(stored).contains("sealedTitle", "sealedPlace", "sealedPoint", "sealedDescription", "sealedNote",
                "sealedRecipient", "sealedOverrideReason");
        // what stays readable: codes, the state and county, and the point to 0.1°
        Document location = raw.get("location", Document.class);
        assertThat(location.get("approxLatitude")).isEqualTo(9.5);
        assertThat(location.get("approxLongitude")).isEqualTo(31.7);
        assertThat(location.getString("county")).isEqualTo("Malakal");
        // the audit trail of the same changes carries codes and lengths, not the text
        String audit = api.get("/api/v1/hr-audit/events?caseReference=" + recorded.reference() + "&size=50", admin(issuer)).body();
        assertThat(audit).doesNotContain("Garang").doesNotContain("Marker");
    }

    @Test
    void holdersOfHrSensitiveReadTheFreeTextAndTheExactPoint() {
        Recorded recorded = record();
        ApiResponse full = api.get("/api/v1/hr-cases/" + recorded.reference(), senior(issuer));
        JsonNode c = full.json();
        assertThat(c.get("sensitiveWithheld").asBoolean()).isFalse();
        assertThat(c.get("title").asString()).isEqualTo(recorded.texts().get(0));
        assertThat(c.at("/location/place").asString()).isEqualTo(recorded.texts().get(1));
        assertThat(c.at("/location/latitude").asDouble()).isEqualTo(9.5312);
        assertThat(c.at("/location/longitude").asDouble()).isEqualTo(31.6547);
        assertThat(c.at("/location/exact").asBoolean()).isTrue();
        assertThat(c.at("/violations/0/perpetrators/0/description").asString()).isEqualTo(recorded.texts().get(2));
        assertThat(c.at("/history/0/note").asString()).isEqualTo(recorded.texts().get(3));
        assertThat(c.at("/disclosures/0/recipient").asString()).isEqualTo(recorded.texts().get(4));
        assertThat(c.at("/disclosures/0/note").asString()).isEqualTo(recorded.texts().get(5));
        assertThat(c.at("/disclosures/0/overrideReason").asString()).isEqualTo(recorded.texts().get(6));
        assertThat(c.at("/disclosures/0/overridden").asBoolean()).isTrue();
        JsonNode listed = api.get("/api/v1/hr-cases?fieldOffice=MALAKAL&occurredFrom=2026-03-04&occurredTo=2026-03-04&size=200",
                senior(issuer)).json();
        assertThat(listed.toString()).contains(recorded.texts().get(0));
    }

    @Test
    void everyoneElseGetsNoFreeTextAndOnlyTheCoarsePointInCasesListsAndExports() {
        Recorded recorded = record();
        String reader = admin(issuer); // HR_READ without HR_SENSITIVE
        ApiResponse plain = api.get("/api/v1/hr-cases/" + recorded.reference(), reader);
        assertThat(plain.status()).isEqualTo(200);
        JsonNode c = plain.json();
        assertThat(c.get("sensitiveWithheld").asBoolean()).isTrue();
        assertThat(c.get("title").isNull()).isTrue();
        assertThat(c.at("/location/place").isNull()).isTrue();
        assertThat(c.at("/location/latitude").asDouble()).isEqualTo(9.5);
        assertThat(c.at("/location/longitude").asDouble()).isEqualTo(31.7);
        assertThat(c.at("/location/exact").asBoolean()).isFalse();
        assertThat(c.at("/violations/0/perpetrators/0/partyCode").asString()).isEqualTo("SSPDF");
        assertThat(c.at("/violations/0/perpetrators/0/description").isNull()).isTrue();
        assertThat(c.at("/history/0/note").isNull()).isTrue();
        assertThat(c.at("/disclosures/0/recipient").isNull()).isTrue();
        assertThat(c.at("/disclosures/0/overridden").asBoolean()).isTrue();
        assertText(plain.body(), recorded);

        ApiResponse list = api.get("/api/v1/hr-cases?fieldOffice=MALAKAL&occurredFrom=2026-03-04&occurredTo=2026-03-04&size=200",
                reader);
        assertThat(list.body()).contains(recorded.reference());
        assertText(list.body(), recorded);

        String exporter = issuer.token("hr.exporter.plain", "HQ", "HR_READ", "HR_EXPORT");
        ApiResponse csv = api.get("/api/v1/hr-reports/export?from=2026-03-04&to=2026-03-04", exporter);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).contains(recorded.reference());
        assertText(csv.body(), recorded);

        // and the officer of the case, who holds HR_SENSITIVE, sees what the answers of writes show too
        ApiResponse officerView = api.get("/api/v1/hr-cases/" + recorded.reference(), officer(issuer));
        assertThat(officerView.json().get("title").asString()).isEqualTo(recorded.texts().get(0));
        assertThat(officerView.json().get("sensitiveWithheld").asBoolean()).isFalse();
    }

    private static void assertText(String answer, Recorded recorded) {
        for (String text : recorded.texts()) {
            assertThat(answer).doesNotContain(text);
        }
        assertThat(answer).doesNotContain("Garang").doesNotContain("9.5312").doesNotContain("31.6547");
    }
}
