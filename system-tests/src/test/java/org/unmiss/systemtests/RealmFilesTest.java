package org.unmiss.systemtests;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two realm files: the development one holds no secret of a service client, and the production
 * export holds no demo user, no development client and no secret at all, and otherwise stays the
 * development realm (same roles, scopes and clients), so the two cannot drift apart unnoticed.
 */
class RealmFilesTest {

    private static final Path REALMS = Path.of(System.getProperty("platform.root", "..")).toAbsolutePath().normalize()
            .resolve("infra/keycloak/realm");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> SERVICES = List.of("personnel-service", "poc-site-service", "humanrights-service",
            "gender-service", "peace-process-service");

    private final JsonNode dev = JSON.readTree(REALMS.resolve("unmiss-realm.json").toFile());
    private final JsonNode production = JSON.readTree(REALMS.resolve("production/unmiss-realm.json").toFile());

    @Test
    void serviceClientSecretsAreNotInTheDevelopmentRealm() {
        for (String service : SERVICES) {
            JsonNode client = client(dev, service);
            assertThat(client.get("publicClient").asBoolean()).isFalse();
            assertThat(client.get("secret").asString()).isEqualTo("${" + service.toUpperCase().replace('-', '_') + "_CLIENT_SECRET}");
        }
        assertThat(clientIds(dev)).doesNotContain("mission-services");
    }

    @Test
    void theProductionExportHasNoDemoUserNoDevClientAndNoSecret() {
        for (JsonNode user : production.get("users")) {
            assertThat(user.has("serviceAccountClientId")).as(user.get("username").asString()).isTrue();
            assertThat(user.has("credentials")).isFalse();
        }
        assertThat(clientIds(production)).doesNotContain("unmiss-dev-cli");
        for (JsonNode client : production.get("clients")) {
            if (client.has("secret")) {
                assertThat(client.get("secret").asString()).as(client.get("clientId").asString()).matches("\\$\\{[A-Z_]+_CLIENT_SECRET}");
            }
        }
        for (JsonNode uri : client(production, "mission-console").get("redirectUris")) {
            assertThat(uri.asString()).doesNotContain("localhost").doesNotContain("*");
        }
        assertThat(production.toString()).doesNotContain("dev-secret").doesNotContain("Unmiss-Demo-1");
        assertThat(production.get("sslRequired").asString()).isEqualTo("all");
    }

    @Test
    void theProductionExportKeepsTheDevelopmentRealmsModel() {
        assertThat(production.get("roles")).isEqualTo(dev.get("roles"));
        assertThat(production.get("clientScopes")).isEqualTo(dev.get("clientScopes"));
        List<String> devClients = new ArrayList<>(clientIds(dev));
        devClients.remove("unmiss-dev-cli");
        assertThat(clientIds(production)).isEqualTo(devClients);
        for (String field : List.of("bruteForceProtected", "permanentLockout", "maxTemporaryLockouts", "failureFactor",
                "waitIncrementSeconds", "maxFailureWaitSeconds", "accessTokenLifespan")) {
            assertThat(production.get(field)).as(field).isEqualTo(dev.get(field));
        }
        for (String service : SERVICES) {
            assertThat(roles(production, "service-account-" + service)).isEqualTo(roles(dev, "service-account-" + service));
        }
        assertThat(client(production, "mission-console").get("optionalClientScopes").toString()).doesNotContain("offline_access");
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        for (JsonNode client : realm.get("clients")) {
            if (client.get("clientId").asString().equals(clientId)) {
                return client;
            }
        }
        throw new AssertionError("no client " + clientId);
    }

    private static List<String> clientIds(JsonNode realm) {
        List<String> ids = new ArrayList<>();
        realm.get("clients").forEach(c -> ids.add(c.get("clientId").asString()));
        return ids;
    }

    private static JsonNode roles(JsonNode realm, String username) {
        for (JsonNode user : realm.get("users")) {
            if (user.get("username").asString().equals(username)) {
                return user.get("realmRoles");
            }
        }
        throw new AssertionError("no user " + username);
    }
}
