package org.unmiss.humanrights.audit;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unmiss.humanrights.HrFixtures.admin;
import static org.unmiss.humanrights.HrFixtures.caseBody;
import static org.unmiss.humanrights.HrFixtures.create;
import static org.unmiss.humanrights.HrFixtures.officer;
import static org.unmiss.humanrights.HrFixtures.senior;
import static org.unmiss.humanrights.HrFixtures.uniqueName;

/** Every change and read of a case leaves a chained entry; rewriting a stored entry is detected. */
@ServiceTest
class AuditLogApiTest {

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;

    @Autowired
    MongoTemplate mongo;

    @Test
    void recordsChangesAndReadsWithWhoWhatAndCorrelationId() {
        String reference = create(api, officer(issuer), caseBody("MALAKAL", "2026-03-04", uniqueName())).json()
                .get("reference").asString();
        api.send("GET", "/api/v1/hr-cases/" + reference, senior(issuer), null, java.util.Map.of("X-Request-Id", "trace-audit-1"));

        ApiResponse events = api.get("/api/v1/hr-audit/events?caseReference=" + reference + "&sort=sequence,asc", admin(issuer));
        assertThat(events.status()).isEqualTo(200);
        assertThat(events.header("Cache-Control")).contains("no-store");
        JsonNode content = events.json().get("content");
        assertThat(content.findValuesAsString("action")).containsExactly("CASE_CREATED", "CASE_READ");
        JsonNode created = content.get(0);
        assertThat(created.get("actor").asString()).isEqualTo("hr.officer.malakal");
        assertThat(created.get("fieldOffice").asString()).isEqualTo("MALAKAL");
        assertThat(created.get("mac").asString()).hasSize(64);
        assertThat(content.get(1).get("correlationId").asString()).isEqualTo("trace-audit-1");
        assertThat(api.get("/api/v1/hr-audit/events?actor=hr.senior&action=CASE_READ", admin(issuer)).body()).contains(reference);

        assertThat(api.get("/api/v1/hr-audit/events", senior(issuer)).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/hr-audit/events?action=PEEKED", admin(issuer)).status()).isEqualTo(400);
    }

    @Test
    void staysOneChainUnderConcurrentWritersAndDetectsTampering() {
        List<CompletableFuture<ApiResponse>> reads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            reads.add(CompletableFuture.supplyAsync(() -> api.get("/api/v1/hr-cases?size=1", senior(issuer))));
        }
        reads.forEach(r -> assertThat(r.join().status()).isEqualTo(200));

        ApiResponse intact = api.get("/api/v1/hr-audit/verification", admin(issuer));
        assertThat(intact.status()).isEqualTo(200);
        assertThat(intact.json().get("intact").asBoolean()).as(intact.body()).isTrue();
        long count = mongo.getCollection("hr_audit_events").countDocuments();
        assertThat(intact.json().get("eventsVerified").asLong()).isEqualTo(count);
        Set<String> previousMacs = new HashSet<>();
        mongo.getCollection("hr_audit_events").find().forEach(d -> previousMacs.add(d.getString("previousMac")));
        assertThat(previousMacs).hasSize((int) count);

        Document victimOfTampering = mongo.getCollection("hr_audit_events").find(new Document("_id", 2L)).first();
        assertThat(victimOfTampering).isNotNull();
        try {
            mongo.getCollection("hr_audit_events").updateOne(new Document("_id", 2L),
                    new Document("$set", new Document("actor", "someone.else")));
            ApiResponse tampered = api.get("/api/v1/hr-audit/verification", admin(issuer));
            assertThat(tampered.json().get("intact").asBoolean()).isFalse();
            assertThat(tampered.json().get("brokenAtSequence").asLong()).isEqualTo(2);
            assertThat(tampered.json().get("eventsVerified").asLong()).isEqualTo(1);
        } finally {
            mongo.getCollection("hr_audit_events").replaceOne(new Document("_id", 2L), victimOfTampering);
        }
        Document removedEntry = mongo.getCollection("hr_audit_events").find(new Document("_id", 3L)).first();
        try {
            mongo.getCollection("hr_audit_events").deleteOne(new Document("_id", 3L));
            ApiResponse removed = api.get("/api/v1/hr-audit/verification", admin(issuer));
            assertThat(removed.json().get("intact").asBoolean()).isFalse();
            assertThat(removed.json().get("brokenAtSequence").asLong()).isEqualTo(3);
        } finally {
            mongo.getCollection("hr_audit_events").insertOne(removedEntry);
        }
        assertThat(api.get("/api/v1/hr-audit/verification", admin(issuer)).json().get("intact").asBoolean()).isTrue();
    }
}
