package org.unmiss.personnel.person;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;
import org.unmiss.personnel.Fixtures;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's date of birth and contacts never reach the store in clear, whichever way the record
 * is written (registered, replaced, deployed), and entitled callers still read them.
 */
@ServiceTest
class PersonalDataAtRestTest {

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;

    @Autowired
    MongoTemplate mongo;

    Fixtures fixtures;

    @BeforeEach
    void client() {
        fixtures = new Fixtures(api, issuer);
    }

    @Test
    void dateOfBirthAndContactsAreSealedInTheStoredDocument() {
        String index = fixtures.person("JUBA");
        assertSealed(index);

        // replaced (PUT) and deployed: both write the whole document again
        ApiResponse current = api.get("/api/v1/personnel/" + index, fixtures.writer());
        ApiResponse replaced = api.send("PUT", "/api/v1/personnel/" + index, fixtures.writer(),
                Fixtures.personJson("JUBA", "POLICE", "INDIVIDUAL_POLICE_OFFICER").replace("\"Inspector\"", "\"Chief Inspector\""),
                Map.of("If-Match", current.header("ETag")));
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(fixtures.requestDeployment(index, "JUBA", "2026-01-10", "2026-12-31").status()).isEqualTo(201);
        assertSealed(index);

        ApiResponse asWriter = api.get("/api/v1/personnel/" + index, fixtures.writer());
        assertThat(asWriter.json().get("dateOfBirth").asString()).isEqualTo("1988-04-02");
        assertThat(asWriter.json().at("/contacts/phone").asString()).isEqualTo("+211 92 555 0101");
        assertThat(asWriter.json().get("rank").asString()).isEqualTo("Chief Inspector");
    }

    private void assertSealed(String index) {
        Document raw = mongo.getCollection("personnel").find(new Document("_id", index)).first();
        assertThat(raw).isNotNull();
        String stored = raw.toJson();
        assertThat(stored).doesNotContain("1988").doesNotContain("@un.org").doesNotContain("555 0101");
        assertThat(raw.get("dateOfBirth", Document.class).getString("sealed")).isNotBlank();
        assertThat(raw.get("contacts", Document.class).keySet()).containsExactly("sealed");
        assertThat(raw.getString("familyName")).startsWith("Testova");
    }
}
