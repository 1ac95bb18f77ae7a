package org.unmiss.personnel.importing;

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
import org.unmiss.personnel.importing.persistence.StagedImports;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * All or nothing across crashes, against the real store: the store is put in the state a crash at a
 * given moment leaves (an import's people still staged, its record at STAGING or COMMITTED, its
 * process gone), then the service's start-up clean-up ({@link StagedImports#recover()}) runs. The
 * kill -9 of a running service is system-tests' ImportCrashIT.
 */
@ServiceTest
class ImportAtomicityTest {

    static final String HEADER = "familyName,givenName,sex,nationality,category,subCategory,fieldOffice,deploymentStart,deploymentEnd\n";

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    StagedImports imports;

    Fixtures fixtures;
    String family;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(api, issuer);
        family = "Atom" + UUID.randomUUID().toString().substring(0, 8);
    }

    String file(int rows) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < rows; i++) {
            csv.append(family).append(i).append(",Noor,FEMALE,NPL,POLICE,FORMED_POLICE_UNIT,JUBA,2026-07-01,2027-06-30\n");
        }
        return csv.toString();
    }

    ApiResponse post(String csv) {
        return api.send("POST", "/api/v1/personnel/imports", fixtures.writer(), csv, Map.of("Content-Type", "text/csv"));
    }

    long stored() {
        return mongo.getCollection("personnel").countDocuments(new Document("familyName", new Document("$regex", "^" + family)));
    }

    Document record(String attempt) {
        return mongo.getCollection("personnel_imports").find(new Document("attempt", attempt)).first();
    }

    /** Puts the store back to where it was just before this import's commit point, or just after it. */
    void rewind(ApiResponse imported, String state, String owner) {
        String attempt = imported.json().get("importId").asString();
        mongo.getCollection("personnel").updateMany(new Document("familyName", new Document("$regex", "^" + family)),
                new Document("$set", new Document("staged", true).append("importId", attempt)));
        Document changes = new Document("state", state).append("owner", owner);
        mongo.getCollection("personnel_imports").updateOne(new Document("attempt", attempt), new Document("$set", changes));
    }

    /** The owner a crashed process leaves behind: this host, the pid and start time of a process that has ended. */
    String deadOwner(String attempt) throws IOException, InterruptedException {
        String mine = record(attempt).getString("owner");
        String host = mine.substring(0, mine.lastIndexOf('/', mine.lastIndexOf('/') - 1));
        Process process = new ProcessBuilder("sleep", "60").start();
        long started = process.info().startInstant().orElseThrow().toEpochMilli();
        process.destroyForcibly();
        assertThat(process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        return host + "/" + process.pid() + "/" + started;
    }

    @Test
    void stagedPeopleAreInvisibleToEveryReadUntilPublished() {
        ApiResponse imported = post(file(2));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        String index = imported.json().at("/people/0/indexNumber").asString();
        String deployment = imported.json().at("/people/0/deploymentId").asString();
        String owner = record(imported.json().get("importId").asString()).getString("owner");
        rewind(imported, "STAGING", owner);

        String writer = fixtures.writer();
        assertThat(api.get("/api/v1/personnel/" + index, writer).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/personnel/" + index + "/deployments", writer).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/deployments/" + deployment, writer).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/personnel?size=200&nationality=NPL&subCategory=FORMED_POLICE_UNIT", writer).body()).doesNotContain(family);
        assertThat(api.get("/api/v1/deployments?status=REQUESTED&size=200", writer).body()).doesNotContain(index);
        assertThat(api.send("PUT", "/api/v1/personnel/" + index, writer, Fixtures.personJson("JUBA", "POLICE", "FORMED_POLICE_UNIT"),
                Map.of("If-Match", "\"0\"")).status()).isEqualTo(404);

        mongo.getCollection("personnel").updateMany(new Document("importId", imported.json().get("importId").asString()),
                new Document("$unset", new Document("staged", "").append("importId", "")));
        assertThat(api.get("/api/v1/personnel/" + index, writer).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/deployments/" + deployment, writer).status()).isEqualTo(200);
    }

    @Test
    void aCrashBeforeTheCommitPointLeavesNobodyAndTheRetryGetsTheSameNumbers() throws Exception {
        String csv = file(30);
        ApiResponse imported = post(csv);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        String attempt = imported.json().get("importId").asString();
        List<String> numbersGiven = imported.json().get("people").findValuesAsString("indexNumber");
        rewind(imported, "STAGING", deadOwner(attempt));

        imports.recover(); // as at the next start

        assertThat(stored()).as("nothing of the crashed attempt is left").isZero();
        assertThat(record(attempt).getString("state")).isEqualTo("ABANDONED");
        assertThat(record(attempt).getBoolean("blockReleased")).as("its numbers handed back").isTrue();

        ApiResponse retried = post(csv);
        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        assertThat(retried.header("Idempotent-Replayed")).isNull();
        assertThat(retried.json().get("importId").asString()).isNotEqualTo(attempt);
        assertThat(retried.json().get("people").findValuesAsString("indexNumber")).as("no block burnt").isEqualTo(numbersGiven);
        assertThat(stored()).isEqualTo(30);
        assertThat(api.get("/api/v1/personnel/" + numbersGiven.get(29), fixtures.writer()).status()).isEqualTo(200);
    }

    @Test
    void whenNumbersWereTakenSinceTheRetryOfTheSameFileReusesTheAbandonedBlock() throws Exception {
        String csv = file(12);
        ApiResponse imported = post(csv);
        String attempt = imported.json().get("importId").asString();
        List<String> numbersGiven = imported.json().get("people").findValuesAsString("indexNumber");
        rewind(imported, "STAGING", deadOwner(attempt));
        String registeredMeanwhile = fixtures.person("JUBA"); // takes the next number: the block cannot be handed back

        imports.recover();

        assertThat(record(attempt).getBoolean("blockReleased")).isFalse();
        ApiResponse retried = post(csv);
        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        assertThat(retried.json().get("people").findValuesAsString("indexNumber")).as("the abandoned block, not a new one")
                .isEqualTo(numbersGiven);
        assertThat(stored()).isEqualTo(12);
        assertThat(numbersGiven).doesNotContain(registeredMeanwhile);
    }

    @Test
    void aCrashAfterTheCommitPointPublishesEveryoneAndTheRetryGetsTheFirstAnswer() throws Exception {
        String csv = file(25);
        ApiResponse imported = post(csv);
        String attempt = imported.json().get("importId").asString();
        rewind(imported, "COMMITTED", deadOwner(attempt));
        assertThat(api.get("/api/v1/personnel/" + imported.json().at("/people/0/indexNumber").asString(), fixtures.writer()).status())
                .isEqualTo(404);

        imports.recover();

        assertThat(record(attempt).getString("state")).isEqualTo("PUBLISHED");
        assertThat(mongo.getCollection("personnel").countDocuments(new Document("importId", attempt))).isZero();
        assertThat(stored()).isEqualTo(25);
        ApiResponse retried = post(csv);
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retried.json().get("importId").asString()).isEqualTo(attempt);
        assertThat(retried.json().get("people")).isEqualTo(imported.json().get("people"));
        assertThat(stored()).as("nobody registered twice").isEqualTo(25);
    }

    @Test
    void aRetryWhileTheFirstAttemptRunsIsToldToWaitAndNothingIsDoubled() {
        String csv = file(3);
        ApiResponse imported = post(csv);
        String attempt = imported.json().get("importId").asString();
        String me = record(attempt).getString("owner");
        rewind(imported, "STAGING", me); // a live attempt of this very process

        ApiResponse retried = post(csv);
        assertThat(retried.status()).isEqualTo(409);
        assertThat(retried.json().get("detail").asString()).contains("is being imported by import " + attempt);
        imports.recover();
        assertThat(record(attempt).getString("state")).as("a live attempt is left alone").isEqualTo("STAGING");
        assertThat(mongo.getCollection("personnel").countDocuments(new Document("importId", attempt))).isEqualTo(3);
        assertThat(stored()).isEqualTo(3);
    }

    @Test
    void stagedPeopleOfNoImportAreDeletedAtStart() {
        ApiResponse imported = post(file(4));
        rewind(imported, "STAGING", "elsewhere/1/1");
        String orphaned = "orphan-" + UUID.randomUUID();
        mongo.getCollection("personnel").updateMany(new Document("importId", imported.json().get("importId").asString()),
                new Document("$set", new Document("importId", orphaned)));
        mongo.getCollection("personnel_imports").updateOne(new Document("attempt", imported.json().get("importId").asString()),
                new Document("$set", new Document("state", "PUBLISHED")));

        imports.recover();

        assertThat(stored()).isZero();
    }
}
