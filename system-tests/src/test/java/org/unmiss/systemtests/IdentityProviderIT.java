package org.unmiss.systemtests;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The development realm as ./platform runs it: each service has its own client, with the secret
 * ./platform generated for this run directory and only the roles its background calls need; the
 * dev client gets no offline tokens; mission-console accepts only its exact redirect URI; failed
 * logins lock an account only for a while, never for good.
 */
@ExtendWith(PlatformExtension.class)
@Order(3)
class IdentityProviderIT {

    private static final List<String> PERMISSION_ROLES = List.of("PERSONNEL_READ", "PERSONNEL_WRITE", "POC_READ",
            "POC_WRITE", "HR_REFERRAL", "HR_READ", "HR_WRITE", "HR_VERIFY", "HR_SENSITIVE", "HR_EXPORT",
            "HR_CONSENT_OVERRIDE", "GENDER_READ", "GENDER_WRITE", "PEACE_READ", "PEACE_WRITE", "PEACE_APPROVE",
            "REPORTING", "PARTNER", "MISSION_ADMIN");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String keycloak = Platform.current().keycloak();
    private final Path secrets = Path.of(System.getProperty("platform.root", "..")).toAbsolutePath().normalize()
            .resolve("system-tests/target/platform/secrets");

    @Test
    void eachServiceClientHoldsOnlyTheRolesOfItsOwnBackgroundCalls() {
        assertThat(permissionRoles(serviceToken("humanrights-service"))).containsExactly("POC_READ");
        assertThat(permissionRoles(serviceToken("poc-site-service"))).containsExactly("HR_REFERRAL");
        // the re-checks of personnel references saved unverified (ADR 0035)
        for (String service : List.of("gender-service", "peace-process-service")) {
            assertThat(permissionRoles(serviceToken(service))).as(service).containsExactly("PERSONNEL_READ");
        }
        assertThat(permissionRoles(serviceToken("personnel-service"))).isEmpty();
    }

    @Test
    void theGeneratedSecretsAreTheOnlyOnesAndAreKeptPrivate() throws IOException {
        assertThat(clientCredentials("poc-site-service", "poc-site-service-dev-secret").status()).isEqualTo(401);
        assertThat(clientCredentials("mission-services", "mission-services-dev-secret").status())
                .as("the shared client is gone").isEqualTo(401);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets))).isEqualTo("rwx------");
        try (var files = Files.list(secrets)) {
            for (Path file : files.toList()) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(file.toString())
                        .isEqualTo("rw-------");
            }
        }
        assertThat(secrets.resolve("humanrights-service.keyset.json")).content().contains("primaryKeyId");
        // the audit chain's HMAC key and checkpoint pair of this run directory, not the committed development ones
        String committedChainKey = "pA3WTRf8zRokMRzrz/Rxfhe0SSKUl9lf2dgJ+1+klR0=";
        assertThat(Files.readString(secrets.resolve("humanrights-service.audit-chain-key")).strip())
                .hasSize(44).isNotEqualTo(committedChainKey);
        assertThat(secrets.resolve("humanrights-service.audit-checkpoint-private-key")).isNotEmptyFile();
        assertThat(secrets.resolve("humanrights-service.audit-checkpoint-public-key")).isNotEmptyFile();
    }

    @Test
    void theDevClientGetsNoOfflineTokens() {
        ApiResponse response = Tokens.post(tokenUrl(), Map.of("grant_type", "password", "client_id", "unmiss-dev-cli",
                "username", "hr.senior", "password", Tokens.DEMO_PASSWORD, "scope", "openid offline_access"));
        // Keycloak either refuses the scope outright or leaves it out: never an offline token.
        if (response.status() == 400) {
            assertThat(response.json().get("error").asString()).as(response.body()).isEqualTo("invalid_scope");
            return;
        }
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("scope").asString()).doesNotContain("offline_access");
        assertThat(payload(response.json().get("refresh_token").asString()).get("typ").asString()).isEqualTo("Refresh");
    }

    @Test
    void missionConsoleAcceptsOnlyItsExactRedirectUri() {
        assertThat(authorize("http://localhost:5173/auth/callback")).isEqualTo(200);
        assertThat(authorize("http://localhost:5173/auth/callback/../../elsewhere")).isEqualTo(400);
        assertThat(authorize("http://localhost:5173/anything")).isEqualTo(400);
        assertThat(authorize("http://localhost:8080/anything")).isEqualTo(400);
    }

    @Test
    void failedLoginsLockAnAccountForAWhileButNeverForGood() {
        ApiClient admin = new ApiClient(keycloak);
        String adminToken = Tokens.adminToken();
        JsonNode realm = admin.get("/admin/realms/unmiss", adminToken).json();
        assertThat(realm.get("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.get("permanentLockout").asBoolean()).isFalse();
        assertThat(realm.get("maxFailureWaitSeconds").asInt()).isLessThanOrEqualTo(300);

        String username = "lockout.probe." + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse created = admin.post("/admin/realms/unmiss/users", adminToken, """
                {"username": "%s", "enabled": true, "email": "%s@unmiss.example", "emailVerified": true,
                 "firstName": "Lockout", "lastName": "Probe",
                 "credentials": [{"type": "password", "value": "Probe-Pass-1", "temporary": false}]}
                """.formatted(username, username));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.header("Location").substring(created.header("Location").lastIndexOf('/') + 1);
        try {
            for (int i = 0; i < realm.get("failureFactor").asInt(); i++) {
                assertThat(password(username, "wrong-" + i).status()).isIn(400, 401);
            }
            assertThat(password(username, "Probe-Pass-1").status()).as("locked for now").isNotEqualTo(200);
            JsonNode status = admin.get("/admin/realms/unmiss/attack-detection/brute-force/users/" + id, adminToken).json();
            assertThat(status.get("disabled").asBoolean()).as(status.toString()).isTrue();
            JsonNode user = admin.get("/admin/realms/unmiss/users/" + id, adminToken).json();
            assertThat(user.get("enabled").asBoolean()).as("a temporary lockout leaves the account enabled").isTrue();
        } finally {
            admin.send("DELETE", "/admin/realms/unmiss/users/" + id, adminToken, null, Map.of());
        }
    }

    private String serviceToken(String service) {
        try {
            String secret = Files.readString(secrets.resolve(service + ".client-secret")).strip();
            ApiResponse response = clientCredentials(service, secret);
            assertThat(response.status()).as(service + ": " + response.body()).isEqualTo(200);
            return response.json().get("access_token").asString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ApiResponse clientCredentials(String clientId, String secret) {
        return Tokens.post(tokenUrl(), Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    private ApiResponse password(String username, String password) {
        return Tokens.post(tokenUrl(), Map.of("grant_type", "password", "client_id", "unmiss-dev-cli",
                "username", username, "password", password));
    }

    private String tokenUrl() {
        return keycloak + "/realms/unmiss/protocol/openid-connect/token";
    }

    private int authorize(String redirectUri) {
        String url = keycloak + "/realms/unmiss/protocol/openid-connect/auth?client_id=mission-console&response_type=code"
                + "&scope=openid&code_challenge_method=S256&code_challenge=" + "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
                + "&redirect_uri=" + URLEncoder.encode(redirectUri, StandardCharsets.UTF_8);
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> permissionRoles(String accessToken) {
        List<String> roles = new ArrayList<>();
        JsonNode realmAccess = payload(accessToken).path("realm_access").path("roles");
        realmAccess.forEach(role -> {
            if (PERMISSION_ROLES.contains(role.asString())) {
                roles.add(role.asString());
            }
        });
        return roles;
    }

    private static JsonNode payload(String jwt) {
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    }
}
