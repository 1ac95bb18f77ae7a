package org.unmiss.peace.interlocutor;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.peace.support.PeaceApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/** An interlocutor's contact never reaches the store in clear; PEACE_WRITE callers still read it. */
class InterlocutorContactAtRestTest extends PeaceApiTest {

    @BeforeEach
    void empty() {
        clean("interlocutors");
    }

    @Test
    void contactIsSealedInTheStoredDocumentOnCreateAndUpdate() {
        ApiResponse created = api().post("/api/v1/engagements/interlocutors", civilAffairs(), InterlocutorApiTest.LEADER);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertSealed(id);

        String path = "/api/v1/engagements/interlocutors/" + id;
        ApiResponse updated = send("PUT", path, civilAffairs(),
                InterlocutorApiTest.LEADER.replace("+211 000 000111", "+211 000 000222"), created.header("ETag"));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertSealed(id);
        assertThat(mongo.getCollection("interlocutors").find(new Document("_id", id)).first().toJson()).doesNotContain("000222");

        ApiResponse read = api().get(path, civilAffairs());
        assertThat(read.json().at("/contact/phone").asString()).isEqualTo("+211 000 000222");
        assertThat(read.json().at("/contact/email").asString()).isEqualTo("test.leader@example.org");
        assertThat(api().get("/api/v1/engagements/interlocutors?state=JONGLEI", civilAffairs()).json()
                .at("/content/0/contact/email").asString()).isEqualTo("test.leader@example.org");
    }

    private void assertSealed(String id) {
        Document raw = mongo.getCollection("interlocutors").find(new Document("_id", id)).first();
        assertThat(raw).isNotNull();
        assertThat(raw.toJson()).doesNotContain("000111").doesNotContain("test.leader").doesNotContain("example.org");
        assertThat(raw.get("contact", Document.class).keySet()).containsExactly("sealed");
        assertThat(raw.getString("name")).isEqualTo("Test leader one");
    }
}
