package org.unmiss.systemtests;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evidence through the gateway with real Keycloak tokens (issue 18, item 5): a 50 MB photo goes up and comes back
 * with the same SHA-256, streamed both ways through a gateway and a service that run with the platform's small heap
 * (-Xmx256m), and its download is in the audit log; a file of a type not accepted is refused.
 */
@ExtendWith(PlatformExtension.class)
@Order(2)
class EvidenceIT {

    private static final long FIFTY_MB = 50L * 1024 * 1024;
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0};
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static ApiClient gateway;
    private static String officer;
    private static String senior;
    private static String admin;

    @BeforeAll
    static void tokens() {
        gateway = new ApiClient(Platform.current().gateway());
        officer = Tokens.forUser("hr.officer.malakal");
        senior = Tokens.forUser("hr.senior");
        admin = Tokens.forUser("mission.admin");
    }

    /** A JPEG's first bytes and then seeded random bytes, made as they are sent, hashed on the way. */
    private static final class MadeUpPhoto extends InputStream {
        private final SplittableRandom random = new SplittableRandom(50);
        private final MessageDigest sha256 = sha256();
        private long position;

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= FIFTY_MB) {
                return -1;
            }
            int n = (int) Math.min(len, FIFTY_MB - position);
            for (int i = 0; i < n; i++) {
                long at = position + i;
                b[off + i] = at < JPEG.length ? JPEG[(int) at] : (byte) random.nextInt(256);
            }
            sha256.update(b, off, n);
            position += n;
            return n;
        }
    }

    private static String caseReference() {
        ApiResponse created = gateway.post("/api/v1/hr-cases", officer, """
                {"title": "Evidence scenario", "fieldOffice": "MALAKAL", "occurredFrom": {"date": "2026-04-02", "precision": "EXACT"},
                 "location": {"state": "UPPER_NILE", "county": "Malakal"},
                 "violations": [{"type": "KILLING", "perpetrators": [{"partyCode": "SSPDF"}],
                                 "victims": [{"kind": "GROUP", "count": 2, "sex": "MALE", "ageGroup": "AGE_18_59"}]}]}
                """);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("reference").asString();
    }

    private static HttpResponse<String> upload(String reference, String token, InputStream body, long length) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Platform.current().gateway() + "/api/v1/hr-cases/" + reference
                        + "/evidence?kind=PHOTO&fileName=scenario.jpg"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "image/jpeg")
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> body), length))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aFiftyMegabytePhotoGoesUpAndComesBackWithItsHashAndTheDownloadIsAudited() throws Exception {
        String reference = caseReference();
        MadeUpPhoto photo = new MadeUpPhoto();

        HttpResponse<String> uploaded = upload(reference, officer, photo, FIFTY_MB);

        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        String sent = HexFormat.of().formatHex(photo.sha256.digest());
        JsonNode view = JSON.readTree(uploaded.body());
        assertThat(view.get("sha256").asString()).isEqualTo(sent);
        assertThat(view.get("size").asLong()).isEqualTo(FIFTY_MB);
        assertThat(view.get("fileType").asString()).isEqualTo("JPEG");
        String code = view.get("code").asString();

        HttpResponse<InputStream> download = HTTP.send(HttpRequest.newBuilder(URI.create(Platform.current().gateway()
                        + view.get("content").asString())).header("Authorization", "Bearer " + senior).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(download.statusCode()).isEqualTo(200);
        MessageDigest received = sha256();
        long bytes = 0;
        try (InputStream in = new DigestInputStream(download.body(), received)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                bytes += n;
            }
        }
        assertThat(bytes).isEqualTo(FIFTY_MB);
        assertThat(HexFormat.of().formatHex(received.digest())).isEqualTo(sent);

        ApiResponse audit = gateway.get("/api/v1/hr-audit/events?action=EVIDENCE_DOWNLOADED&caseReference=" + reference, admin);
        assertThat(audit.status()).as(audit.body()).isEqualTo(200);
        assertThat(audit.json().get("totalElements").asInt()).isEqualTo(1);
        JsonNode event = audit.json().get("content").get(0);
        assertThat(event.get("actor").asString()).isEqualTo("hr.senior");
        assertThat(event.get("detail").asString()).contains(code, "sha256=" + sent);
        ApiResponse verification = gateway.get("/api/v1/hr-audit/verification", admin);
        assertThat(verification.json().get("intact").asBoolean()).as(verification.body()).isTrue();
    }

    @Test
    void aFileOfATypeNotAcceptedIsRefusedWhateverItsContentTypeSays() throws Exception {
        String reference = caseReference();
        byte[] archive = new byte[100_000];
        new java.util.Random(3).nextBytes(archive);
        System.arraycopy(new byte[]{'P', 'K', 3, 4}, 0, archive, 0, 4);

        HttpResponse<String> refused = upload(reference, officer, new java.io.ByteArrayInputStream(archive), archive.length);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(415);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(JSON.readTree(refused.body()).at("/errors/0/field").asString()).isEqualTo("file");
        assertThat(gateway.get("/api/v1/hr-cases/" + reference + "/evidence", officer).json()).isEmpty();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
