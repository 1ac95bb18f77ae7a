package org.unmiss.humanrights.evidence;

import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.unmiss.humanrights.evidence.domain.EvidenceService;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unmiss.humanrights.HrFixtures.admin;
import static org.unmiss.humanrights.HrFixtures.caseBody;
import static org.unmiss.humanrights.HrFixtures.create;
import static org.unmiss.humanrights.HrFixtures.officer;
import static org.unmiss.humanrights.HrFixtures.senior;
import static org.unmiss.humanrights.HrFixtures.uniqueName;

/**
 * Attachments of a case through the API on the embedded store: streamed up and down (50 MB) with a matching
 * SHA-256, encrypted at rest, refused for size and type with nothing kept, every download audited, and the roles and
 * field office of the case enforced.
 */
@ServiceTest
class EvidenceApiTest {

    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0};
    static final byte[] ZIP = {'P', 'K', 3, 4, 20, 0, 0, 0};
    private static final long FIFTY_MB = 50L * 1024 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    EvidenceService evidenceService;

    @Value("${local.server.port}")
    int port;

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private String malakalCase() {
        ApiResponse created = create(api, officer(issuer), caseBody("MALAKAL", "2026-03-02", uniqueName()));
        return created.json().get("reference").asString();
    }

    private static String evidencePath(String reference, String kind) {
        return "/api/v1/hr-cases/" + reference + "/evidence?kind=" + kind;
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static void assertProblem(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        json(response).path("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains(field);
    }

    private long storedParts(String reference) {
        List<String> codes = mongo.find(new Query(Criteria.where("caseReference").is(reference)), Document.class, "hr_evidence")
                .stream().map(d -> d.getString("_id")).toList();
        return codes.size() + mongo.getCollection("hr_evidence_blobs.chunks").countDocuments(new Document("files_id", new Document("$in", codes)))
                + mongo.getCollection("hr_evidence_blobs.files").countDocuments(new Document("_id", new Document("$in", codes)));
    }

    @Test
    void aFiftyMegabytePhotoGoesUpAndDownStreamedWithItsHashEncryptedAtRestAndTheDownloadAudited() {
        String reference = malakalCase();
        EvidenceUploads.MadeUpFile photo = new EvidenceUploads.MadeUpFile(JPEG, FIFTY_MB, 18);

        HttpResponse<String> uploaded = EvidenceUploads.upload(base(), evidencePath(reference, "PHOTO") + "&fileName=camp.jpg",
                officer(issuer), photo, FIFTY_MB);

        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        JsonNode view = json(uploaded);
        String code = view.get("code").asString();
        assertThat(uploaded.headers().firstValue("Location")).contains("/api/v1/hr-cases/" + reference + "/evidence/" + code);
        assertThat(view.get("fileType").asString()).isEqualTo("JPEG");
        assertThat(view.get("size").asLong()).isEqualTo(FIFTY_MB);
        assertThat(view.get("sha256").asString()).isEqualTo(photo.sha256Hex());
        assertThat(view.get("fileName").asString()).isEqualTo("camp.jpg");

        EvidenceUploads.Downloaded downloaded = EvidenceUploads.download(base(), view.get("content").asString(), senior(issuer));
        assertThat(downloaded.status()).isEqualTo(200);
        assertThat(downloaded.bytes()).isEqualTo(FIFTY_MB);
        assertThat(downloaded.sha256()).isEqualTo(photo.sha256Hex());
        assertThat(downloaded.response().headers().firstValue("Content-Type")).contains("image/jpeg");
        assertThat(downloaded.response().headers().firstValue("Repr-Digest")).contains("sha-256=:"
                + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(photo.sha256Hex())) + ":");

        // at rest: ciphertext only (the JPEG's opening bytes are nowhere), and the file name sealed
        Document firstChunk = mongo.getCollection("hr_evidence_blobs.chunks")
                .find(new Document("files_id", code).append("n", 0)).first();
        assertThat(firstChunk).isNotNull();
        byte[] stored = firstChunk.get("data", Binary.class).getData();
        assertThat(HexFormat.of().formatHex(stored)).doesNotContain(HexFormat.of().formatHex(JPEG));
        Document record = mongo.getCollection("hr_evidence").find(new Document("_id", code)).first();
        assertThat(record.toJson()).doesNotContain("camp.jpg");

        ApiResponse events = api.get("/api/v1/hr-audit/events?caseReference=" + reference + "&action=EVIDENCE_DOWNLOADED", admin(issuer));
        assertThat(events.status()).as(events.body()).isEqualTo(200);
        assertThat(events.json().get("content")).hasSize(1);
        JsonNode event = events.json().get("content").get(0);
        assertThat(event.get("actor").asString()).isEqualTo("hr.senior");
        assertThat(event.get("detail").asString()).contains(code).contains("sha256=" + photo.sha256Hex());
    }

    @Test
    void theSameContentAgainIsTheAttachmentFiledFirst() {
        String reference = malakalCase();
        byte[] notes = "Interview notes, synthetic test data.\nThe witness described the attack.\n".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> first = EvidenceUploads.upload(base(), evidencePath(reference, "INTERVIEW_NOTES"), officer(issuer),
                new ByteArrayInputStream(notes), notes.length);
        HttpResponse<String> again = EvidenceUploads.upload(base(), evidencePath(reference, "INTERVIEW_NOTES"), officer(issuer),
                new ByteArrayInputStream(notes), notes.length);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(json(first).get("fileType").asString()).isEqualTo("TEXT");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(json(again).get("code").asString()).isEqualTo(json(first).get("code").asString());
        ApiResponse list = api.get("/api/v1/hr-cases/" + reference + "/evidence", officer(issuer));
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json()).hasSize(1);

        // Accept is not enforced on the content: a client asking for octet-stream gets the notes as text
        ApiResponse content = api.send("GET", json(first).get("content").asString(), senior(issuer), null,
                java.util.Map.of("Accept", "application/octet-stream"));
        assertThat(content.status()).as(content.body()).isEqualTo(200);
        assertThat(content.contentType()).startsWith("text/plain");
        assertThat(content.body()).isEqualTo(new String(notes, StandardCharsets.UTF_8));
    }

    @Test
    void aTypeNotAcceptedIs415WhateverContentTypeSaysAndNothingIsKept() {
        String reference = malakalCase();
        byte[] archive = new byte[200_000];
        System.arraycopy(ZIP, 0, archive, 0, ZIP.length);

        HttpResponse<String> refused = EvidenceUploads.upload(base(), evidencePath(reference, "PHOTO"), officer(issuer),
                new ByteArrayInputStream(archive), archive.length);

        assertProblem(refused, 415, "file");
        assertThat(storedParts(reference)).isZero();
    }

    @Test
    void aFileOverTheCapIs413DeclaredOrNotAndNothingIsKept() {
        String reference = malakalCase();

        // declared: refused before a byte is read
        String declared = EvidenceUploads.socketUpload(port, evidencePath(reference, "PHOTO"), officer(issuer),
                new EvidenceUploads.MadeUpFile(JPEG, FIFTY_MB + 1, 1), FIFTY_MB + 1);
        // chunked: no length given, the cap is found while streaming, after 50 MB were encrypted and stored
        String streamed = EvidenceUploads.socketUpload(port, evidencePath(reference, "PHOTO"), officer(issuer),
                new EvidenceUploads.MadeUpFile(JPEG, FIFTY_MB + 1_000_000, 2), -1);

        assertThat(declared).startsWith("HTTP/1.1 413").containsIgnoringCase("Content-Type: application/problem+json");
        assertThat(streamed).startsWith("HTTP/1.1 413").containsIgnoringCase("Content-Type: application/problem+json");
        assertThat(storedParts(reference)).isZero();
        assertThat(mongo.getCollection("hr_evidence_blobs.files").countDocuments(new Document("length", new Document("$gt", FIFTY_MB))))
                .isZero();
    }

    @Test
    void anUploadLeftIncompleteIsRemovedWithItsParts() {
        String reference = malakalCase();
        String code = "EV-ABANDONED" + System.nanoTime() % 1000;
        mongo.getCollection("hr_evidence").insertOne(new Document("_id", code).append("caseReference", reference)
                .append("fieldOffice", "MALAKAL").append("kind", "PHOTO").append("fileType", "JPEG").append("size", 0L)
                .append("state", "UPLOADING").append("uploadedBy", "hr.officer.malakal")
                .append("uploadedAt", java.util.Date.from(Instant.now().minus(2, ChronoUnit.HOURS))));
        mongo.getCollection("hr_evidence_blobs.chunks").insertOne(new Document("files_id", code).append("n", 0)
                .append("data", new Binary(new byte[1024])));

        int removed = evidenceService.removeAbandonedUploads();

        assertThat(removed).isGreaterThanOrEqualTo(1);
        assertThat(storedParts(reference)).isZero();
    }

    @Test
    void rolesFieldOfficeAndTokensAreEnforced() {
        String reference = malakalCase();
        byte[] photo = jpeg(5_000);
        HttpResponse<String> filed = EvidenceUploads.upload(base(), evidencePath(reference, "PHOTO"), officer(issuer),
                new ByteArrayInputStream(photo), photo.length);
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        String content = json(filed).get("content").asString();
        String list = "/api/v1/hr-cases/" + reference + "/evidence";

        // no token, forged token
        assertThat(EvidenceUploads.upload(base(), evidencePath(reference, "PHOTO"), null, new ByteArrayInputStream(photo), photo.length)
                .statusCode()).isEqualTo(401);
        String forged = issuer.forgedToken("hr.officer.malakal", "MALAKAL", "HR_READ", "HR_WRITE", "HR_SENSITIVE");
        assertThat(EvidenceUploads.upload(base(), evidencePath(reference, "PHOTO"), forged, new ByteArrayInputStream(photo), photo.length)
                .statusCode()).isEqualTo(401);
        assertThat(EvidenceUploads.download(base(), content, forged).status()).isEqualTo(401);
        assertThat(api.get(list, forged).status()).isEqualTo(401);

        // wrong role: reading is not filing; partners and reporting tools see no evidence at all
        String reader = issuer.token("hr.reader.malakal", "MALAKAL", "HR_READ");
        assertThat(EvidenceUploads.upload(base(), evidencePath(reference, "PHOTO"), reader, new ByteArrayInputStream(jpeg(6_000)), 6_000)
                .statusCode()).isEqualTo(403);
        assertThat(api.get(list, issuer.token("partner.liaison", "HQ", "PARTNER")).status()).isEqualTo(403);
        assertThat(EvidenceUploads.download(base(), content, issuer.token("reporting", "HQ", "REPORTING")).status()).isEqualTo(403);

        // wrong office: another office's case does not exist for the caller
        String juba = issuer.token("hr.officer.juba", "JUBA", "HR_READ", "HR_WRITE", "HR_SENSITIVE");
        assertThat(EvidenceUploads.upload(base(), evidencePath(reference, "PHOTO"), juba, new ByteArrayInputStream(jpeg(7_000)), 7_000)
                .statusCode()).isEqualTo(404);
        assertThat(api.get(list, juba).status()).isEqualTo(404);
        assertThat(EvidenceUploads.download(base(), content, juba).status()).isEqualTo(404);

        // content: an officer of the office who neither holds HR_SENSITIVE nor works the case may list but not open it
        String colleague = issuer.token("hr.colleague.malakal", "MALAKAL", "HR_READ", "HR_WRITE");
        ApiResponse listed = api.get(list, colleague);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().get(0).get("fileName").isNull()).isTrue();
        assertThat(EvidenceUploads.download(base(), content, colleague).status()).isEqualTo(403);
        // the uploader may, without HR_SENSITIVE too
        String uploaderWithoutSensitive = issuer.token("hr.officer.malakal", "MALAKAL", "HR_READ", "HR_WRITE");
        assertThat(EvidenceUploads.download(base(), content, uploaderWithoutSensitive).status()).isEqualTo(200);

        ApiResponse refusals = api.get("/api/v1/hr-audit/events?caseReference=" + reference + "&action=ACCESS_REFUSED", admin(issuer));
        assertThat(refusals.json().get("totalElements").asLong()).isGreaterThanOrEqualTo(4);
        ApiResponse downloads = api.get("/api/v1/hr-audit/events?caseReference=" + reference + "&action=EVIDENCE_DOWNLOADED", admin(issuer));
        assertThat(downloads.json().get("totalElements").asLong()).isEqualTo(1);
    }

    static byte[] jpeg(int size) {
        byte[] bytes = new byte[size];
        new java.util.Random(size).nextBytes(bytes);
        System.arraycopy(JPEG, 0, bytes, 0, JPEG.length);
        return bytes;
    }

}
