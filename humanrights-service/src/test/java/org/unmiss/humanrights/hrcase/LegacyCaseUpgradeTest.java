package org.unmiss.humanrights.hrcase;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.unmiss.humanrights.hrcase.persistence.LegacyCaseUpgrade;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unmiss.humanrights.HrFixtures.create;
import static org.unmiss.humanrights.HrFixtures.officer;
import static org.unmiss.humanrights.HrFixtures.senior;
import static org.unmiss.humanrights.HrFixtures.transition;

/** A case stored before free text was sealed (plaintext fields, no releasable counts) is sealed in place at start-up. */
@ServiceTest
class LegacyCaseUpgradeTest {

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    LegacyCaseUpgrade upgrade;

    @Test
    void sealsTheFreeTextOfAnOldCaseAndCountsItsReleasableVictims() {
        ApiResponse created = create(api, officer(issuer), """
                {"title": "t", "fieldOffice": "MALAKAL", "occurredFrom": {"date": "2026-01-09", "precision": "EXACT"},
                 "location": {"state": "UPPER_NILE", "county": "Malakal"},
                 "violations": [{"type": "KILLING", "perpetrators": [{"partyCode": "SSPDF"}],
                                 "victims": [{"kind": "INDIVIDUAL", "sex": "FEMALE", "age": 13, "consent":
                                               {"servicesReferral": false, "deidentifiedReporting": true, "identifiedSharing": false}},
                                             {"kind": "GROUP", "count": 3, "sex": "MALE", "ageGroup": "AGE_18_59"}]}]}""");
        String reference = created.json().get("reference").asString();
        String victim = created.json().at("/violations/0/victims/1/code").asString();
        ApiResponse moved = transition(api, officer(issuer), reference, created.header("ETag"), "{\"to\": \"UNDER_INVESTIGATION\"}");
        assertThat(moved.status()).isEqualTo(200);
        assertThat(api.post("/api/v1/hr-cases/" + reference + "/referrals", senior(issuer),
                "{\"victimCode\": \"" + victim + "\", \"service\": \"MEDICAL\", \"provider\": \"p\", \"overrideReason\": \"r\"}")
                .status()).isEqualTo(201);

        // the same case as the service stored it before ADR 14
        var collection = mongo.getCollection("hr_cases");
        Document legacy = collection.find(new Document("_id", reference)).first();
        legacy.remove("sealedTitle");
        legacy.put("title", "Killing of Abuk Legacyperson");
        Document location = legacy.get("location", Document.class);
        List.of("sealedPlace", "sealedPoint", "approxLatitude", "approxLongitude").forEach(location::remove);
        location.put("place", "Legacyperson homestead");
        location.put("latitude", 9.5312);
        location.put("longitude", 31.6547);
        Document act = legacy.getList("violations", Document.class).get(0);
        act.remove("releasableVictimCount");
        act.remove("releasableChildVictimCount");
        Document perpetrator = act.getList("perpetrators", Document.class).get(0);
        perpetrator.remove("sealedDescription");
        perpetrator.put("description", "Legacyperson's cousin");
        Document step = legacy.getList("history", Document.class).get(0);
        step.remove("sealedNote");
        step.put("note", "Told by Legacyperson's mother");
        Document disclosure = legacy.getList("disclosures", Document.class).get(0);
        List.of("sealedRecipient", "sealedNote", "sealedOverrideReason", "overridden").forEach(disclosure::remove);
        disclosure.put("recipient", "Legacyperson clinic");
        disclosure.put("overrideReason", "Legacyperson was bleeding");
        collection.replaceOne(new Document("_id", reference), legacy);

        assertThat(upgrade.upgrade()).isPositive();

        String stored = collection.find(new Document("_id", reference)).first().toJson();
        assertThat(stored).doesNotContain("Legacyperson").doesNotContain("9.5312").doesNotContain("31.6547")
                .doesNotContain("\"title\"").doesNotContain("\"description\"").doesNotContain("\"recipient\"");
        Document upgraded = collection.find(new Document("_id", reference)).first();
        Document upgradedAct = upgraded.getList("violations", Document.class).get(0);
        // the girl who consented and the group nobody has asked yet; only a recorded refusal leaves a victim out
        assertThat(upgradedAct.getInteger("releasableVictimCount")).isEqualTo(4);
        assertThat(upgradedAct.getInteger("releasableChildVictimCount")).isEqualTo(1);

        JsonNode c = api.get("/api/v1/hr-cases/" + reference, senior(issuer)).json();
        assertThat(c.get("title").asString()).isEqualTo("Killing of Abuk Legacyperson");
        assertThat(c.at("/location/place").asString()).isEqualTo("Legacyperson homestead");
        assertThat(c.at("/location/latitude").asDouble()).isEqualTo(9.5312);
        assertThat(c.at("/violations/0/perpetrators/0/description").asString()).isEqualTo("Legacyperson's cousin");
        assertThat(c.at("/history/0/note").asString()).isEqualTo("Told by Legacyperson's mother");
        assertThat(c.at("/disclosures/0/recipient").asString()).isEqualTo("Legacyperson clinic");
        assertThat(c.at("/disclosures/0/overrideReason").asString()).isEqualTo("Legacyperson was bleeding");
        assertThat(c.at("/disclosures/0/overridden").asBoolean()).isTrue();
        assertThat(c.get("version").asLong()).isGreaterThan(legacy.getLong("version"));
        // nothing left to upgrade: a second start changes nothing
        assertThat(collection.countDocuments(new Document("title", new Document("$exists", true)))).isZero();
    }
}
