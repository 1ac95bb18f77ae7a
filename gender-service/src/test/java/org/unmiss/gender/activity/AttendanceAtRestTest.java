package org.unmiss.gender.activity;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Who attended a meeting never reaches the store in clear; gender officers still read it. */
@ServiceTest
class AttendanceAtRestTest {

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;

    @Autowired
    MongoTemplate mongo;

    private static String taskForce(String attendee) {
        return """
                {"type": "TASK_FORCE_MEETING", "title": "Gender task force", "startDate": "2025-05-06", "fieldOffice": "WAU",
                 "place": "Wau field office", "pillars": ["PARTICIPATION"], "audiences": ["CIVIL_SOCIETY"],
                 "participants": {"female": 1, "male": 0, "total": 1},
                 "attendance": [{"name": "%s", "organisation": "Wau women's association"}], "status": "HELD"}
                """.formatted(attendee);
    }

    @Test
    void attendanceIsSealedInTheStoredDocumentOnCreateAndUpdate() {
        String writer = issuer.token("gender.officer.wau", "WAU", "GENDER_READ", "GENDER_WRITE");
        ApiResponse created = api.post("/api/v1/gender-activities", writer, taskForce("Nyandeng Sealedname"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertSealed(id, "Sealedname");

        ApiResponse updated = api.send("PUT", "/api/v1/gender-activities/" + id, writer, taskForce("Achol Secondname"),
                Map.of("If-Match", created.header("ETag")));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertSealed(id, "Secondname");

        ApiResponse read = api.get("/api/v1/gender-activities/" + id, writer);
        assertThat(read.json().at("/attendance/0/name").asString()).isEqualTo("Achol Secondname");
        assertThat(read.json().at("/attendance/0/organisation").asString()).isEqualTo("Wau women's association");
    }

    private void assertSealed(String id, String name) {
        Document raw = mongo.getCollection("gender_activities").find(new Document("_id", id)).first();
        assertThat(raw).isNotNull();
        assertThat(raw.toJson()).doesNotContain(name).doesNotContain("women's association").contains("WAU");
        assertThat(raw.get("details", Document.class).get("attendance", Document.class).keySet()).containsExactly("sealed");
    }
}
