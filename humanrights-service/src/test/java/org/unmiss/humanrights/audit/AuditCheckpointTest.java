package org.unmiss.humanrights.audit;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.unmiss.humanrights.audit.domain.AuditAction;
import org.unmiss.humanrights.audit.domain.AuditChain;
import org.unmiss.humanrights.audit.domain.AuditLog;
import org.unmiss.humanrights.audit.domain.AuditProperties;
import org.unmiss.humanrights.audit.domain.CheckpointSigner;
import org.unmiss.humanrights.audit.domain.CheckpointVerifier;
import org.unmiss.humanrights.audit.persistence.AuditQueries;
import org.unmiss.kit.security.CurrentUser;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unmiss.humanrights.HrFixtures.admin;
import static org.unmiss.humanrights.HrFixtures.senior;

/**
 * Signed checkpoints of the chain head: exported, checked offline with the public key alone, and compared
 * with the chain, so a tail cut off the log (which a chain alone cannot show) is found.
 */
@ServiceTest
class AuditCheckpointTest {

    private static final String EVENTS = "hr_audit_events";

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    AuditLog auditLog;

    @Autowired
    AuditQueries queries;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    AuditChain chain;

    @Autowired
    CheckpointSigner signer;

    @Autowired
    AuditProperties properties;

    @Value("${humanrights.audit.checkpoint-public-key}")
    String publicKey;

    /** A second service instance on the same store, or this one after a restart: it recovers its head from the store. */
    private AuditLog anotherInstance() {
        return new AuditLog(queries, currentUser, chain, signer, properties, java.time.Clock.systemUTC());
    }

    private JsonNode signCheckpoint() {
        ApiResponse signed = api.post("/api/v1/hr-audit/checkpoints", admin(issuer), "");
        assertThat(signed.status()).as(signed.body()).isEqualTo(201);
        return signed.json();
    }

    @Test
    void anExportedCheckpointVerifiesOfflineWithThePublicKeyAndAnAlteredOneDoesNot() {
        api.get("/api/v1/hr-cases?size=1", senior(issuer));
        JsonNode signed = signCheckpoint();
        ApiResponse exported = api.get("/api/v1/hr-audit/checkpoints/latest", admin(issuer));
        assertThat(exported.status()).isEqualTo(200);
        JsonNode checkpoint = exported.json();
        assertThat(checkpoint.get("position").asLong()).isEqualTo(signed.get("position").asLong())
                .isEqualTo(mongo.getCollection(EVENTS).countDocuments());
        assertThat(checkpoint.get("headMac").asString())
                .isEqualTo(mongo.getCollection(EVENTS).find(new Document("_id", checkpoint.get("position").asLong())).first()
                        .getString("mac"));

        CheckpointVerifier offline = CheckpointVerifier.of(publicKey);
        long position = checkpoint.get("position").asLong();
        Instant at = Instant.parse(checkpoint.get("at").asString());
        String head = checkpoint.get("headMac").asString();
        String keyId = checkpoint.get("keyId").asString();
        String signature = checkpoint.get("signature").asString();
        assertThat(offline.verifies(position, at, head, keyId, signature)).isTrue();
        assertThat(offline.verifies(position - 1, at, head, keyId, signature)).isFalse();
        assertThat(offline.verifies(position, at.plusMillis(1), head, keyId, signature)).isFalse();
        assertThat(offline.verifies(position, at, AuditChain.GENESIS, keyId, signature)).isFalse();

        assertThat(api.get("/api/v1/hr-audit/checkpoints/" + position, admin(issuer)).json().get("signature").asString())
                .isEqualTo(signature);
        assertThat(api.get("/api/v1/hr-audit/checkpoints?size=1", admin(issuer)).json().at("/content/0/position").asLong())
                .isEqualTo(position);
        assertThat(api.get("/api/v1/hr-audit/checkpoints/latest", senior(issuer)).status()).isEqualTo(403);
    }

    @Test
    void aTailCutOffTheLogIsFoundByTheLatestCheckpoint() {
        for (int i = 0; i < 3; i++) {
            api.get("/api/v1/hr-cases?size=1", senior(issuer));
        }
        long position = signCheckpoint().get("position").asLong();
        assertThat(api.get("/api/v1/hr-audit/verification", admin(issuer)).json().get("finding").asString()).isEqualTo("INTACT");

        List<Document> tail = new ArrayList<>();
        mongo.getCollection(EVENTS).find(new Document("_id", new Document("$gte", position - 1))).into(tail);
        try {
            mongo.getCollection(EVENTS).deleteMany(new Document("_id", new Document("$gte", position - 1)));
            // What a restarted service (or a second instance) sees: only the store; the chain that is left is whole.
            AuditLog.ChainCheck check = anotherInstance().verify();
            assertThat(check.intact()).isFalse();
            assertThat(check.finding()).isEqualTo(AuditLog.Finding.TRUNCATED);
            assertThat(check.eventsVerified()).isEqualTo(position - 2);
            assertThat(check.checkpointPosition()).isEqualTo(position);

            ApiResponse answer = api.get("/api/v1/hr-audit/verification", admin(issuer));
            assertThat(answer.json().get("intact").asBoolean()).as(answer.body()).isFalse();
            assertThat(answer.json().get("finding").asString()).isEqualTo("TRUNCATED");
            assertThat(answer.json().get("brokenAtSequence").asLong()).isEqualTo(position - 1);
        } finally {
            mongo.getCollection(EVENTS).insertMany(tail);
        }
        assertThat(api.get("/api/v1/hr-audit/verification", admin(issuer)).json().get("intact").asBoolean()).isTrue();
    }

    @Test
    void aCheckpointKeptOutsideTheStoreStillFindsTheCutWhenTheStoredCheckpointsWentWithIt() {
        api.get("/api/v1/hr-cases?size=1", senior(issuer));
        api.get("/api/v1/hr-cases?size=1", senior(issuer));
        JsonNode kept = signCheckpoint();
        long position = kept.get("position").asLong();
        List<Document> tail = new ArrayList<>();
        mongo.getCollection(EVENTS).find(new Document("_id", new Document("$gte", position))).into(tail);
        Document storedCheckpoint = mongo.getCollection("hr_audit_checkpoints").find(new Document("_id", position)).first();
        try {
            mongo.getCollection(EVENTS).deleteMany(new Document("_id", new Document("$gte", position)));
            mongo.getCollection("hr_audit_checkpoints").deleteOne(new Document("_id", position));
            ApiResponse against = api.post("/api/v1/hr-audit/verification", admin(issuer), kept.toString());
            assertThat(against.status()).as(against.body()).isEqualTo(200);
            assertThat(against.json().get("finding").asString()).isEqualTo("TRUNCATED");
            assertThat(against.json().get("checkpointPosition").asLong()).isEqualTo(position);

            String forged = kept.toString().replace(kept.get("headMac").asString(), AuditChain.GENESIS);
            ApiResponse refused = api.post("/api/v1/hr-audit/verification", admin(issuer), forged);
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.body()).contains("signature");
            assertThat(api.post("/api/v1/hr-audit/verification", admin(issuer), "{\"position\": -1}").status()).isEqualTo(400);
        } finally {
            mongo.getCollection(EVENTS).insertMany(tail);
            mongo.getCollection("hr_audit_checkpoints").insertOne(storedCheckpoint);
        }
        ApiResponse whole = api.post("/api/v1/hr-audit/verification", admin(issuer), kept.toString());
        assertThat(whole.json().get("intact").asBoolean()).as(whole.body()).isTrue();
    }

    @Test
    void aCheckpointSignedWithAnotherKeyIsRefused() {
        api.get("/api/v1/hr-cases?size=1", senior(issuer));
        JsonNode genuine = signCheckpoint();
        var otherPair = org.unmiss.humanrights.audit.AuditKeys.ed25519();
        CheckpointSigner intruder = CheckpointSigner.of(otherPair[0], otherPair[1]);
        var forged = intruder.sign(genuine.get("position").asLong() + 1000, Instant.now(), AuditChain.GENESIS);
        String body = "{\"position\": %d, \"at\": \"%s\", \"headMac\": \"%s\", \"keyId\": \"%s\", \"signature\": \"%s\"}"
                .formatted(forged.position(), forged.at(), forged.headMac(), genuine.get("keyId").asString(), forged.signature());
        assertThat(api.post("/api/v1/hr-audit/verification", admin(issuer), body).status()).isEqualTo(400);
    }

    @Test
    void twoInstancesAppendingAtOnceKeepOneLinearChain() {
        AuditLog other = anotherInstance();
        List<CompletableFuture<Void>> writers = new ArrayList<>();
        for (AuditLog instance : List.of(auditLog, other)) {
            writers.add(CompletableFuture.runAsync(() -> IntStream.range(0, 40).forEach(i -> {
                if (i % 10 == 0) {
                    instance.recordAll(AuditAction.CASE_READ, List.of(new AuditLog.Target(null, "batch a"),
                            new AuditLog.Target(null, "batch b"), new AuditLog.Target(null, "batch c")));
                } else {
                    instance.record(AuditAction.CASE_READ, null, "race " + i);
                }
            })));
        }
        writers.forEach(CompletableFuture::join);
        long count = mongo.getCollection(EVENTS).countDocuments();
        AuditLog.ChainCheck check = anotherInstance().verify();
        assertThat(check.intact()).as(check.toString()).isTrue();
        assertThat(check.eventsVerified()).isEqualTo(count);
        assertThat(auditLog.verify().intact()).isTrue();
    }
}
