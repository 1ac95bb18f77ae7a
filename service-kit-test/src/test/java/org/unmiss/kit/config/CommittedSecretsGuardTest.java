package org.unmiss.kit.config;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.unmiss.kit.sample.SampleApplication;
import org.unmiss.kit.sealing.FieldSealer;
import org.unmiss.kit.testing.EmbeddedStore;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A service started as production starts it (no 'local' profile) refuses committed or missing
 * secrets with a message naming the setting, and starts with fresh ones. The committed values are
 * the test class path's application-local.yml (a dev keyset) and the kit's -dev-secret convention.
 */
class CommittedSecretsGuardTest {

    /** The keyset committed in src/test/resources/application-local.yml, re-spaced as an operator might paste it. */
    private static final String COMMITTED_KEYSET = """
            {"primaryKeyId": 3622033753, "key": [{"keyData": {"typeUrl": "type.googleapis.com/google.crypto.tink.AesGcmKey",
             "value": "GiBl4sFj2mBPpFS9GZZVDe7s5eF6gcpGj09IMomvMd0f/g==", "keyMaterialType": "SYMMETRIC"},
             "status": "ENABLED", "keyId": 3622033753, "outputPrefixType": "TINK"}]}""";

    private static final EmbeddedStore STORE = EmbeddedStore.start();

    @AfterAll
    static void stopStore() {
        STORE.close();
    }

    @Test
    void refusesTheDevelopmentClientSecretWithoutTheLocalProfile() {
        assertThatThrownBy(() -> start("--unmiss.clients.service-account.client-secret=sample-service-dev-secret",
                "--unmiss.sealing.keyset=" + FieldSealer.newKeyset()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(rootMessage("unmiss.clients.service-account.client-secret holds a development value committed to the repository"));
    }

    @Test
    void refusesTheCommittedKeysetWithoutTheLocalProfile() {
        assertThatThrownBy(() -> start("--unmiss.clients.service-account.client-secret=" + UUID.randomUUID(),
                "--unmiss.sealing.keyset=" + COMMITTED_KEYSET))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("unmiss.sealing.keyset holds a development value committed to the repository")
                .hasMessageContaining("'local' profile");
    }

    @Test
    void refusesToStartWithoutAClientSecret() {
        assertThatThrownBy(() -> start("--unmiss.sealing.keyset=" + FieldSealer.newKeyset()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("unmiss.clients.service-account.client-secret is not set");
    }

    @Test
    void startsWithFreshSecrets() {
        try (ConfigurableApplicationContext context = start(
                "--unmiss.clients.service-account.client-secret=" + UUID.randomUUID(),
                "--unmiss.sealing.keyset=" + FieldSealer.newKeyset())) {
            assertThat(context.isRunning()).isTrue();
            assertThat(context.getBean(FieldSealer.class).open(
                    context.getBean(FieldSealer.class).seal("x", "R-1", "f"), "R-1", "f")).isEqualTo("x");
        }
    }

    @Test
    void theLocalProfileStartsWithTheCommittedValues() {
        try (ConfigurableApplicationContext context = start("--spring.profiles.active=local")) {
            assertThat(context.getEnvironment().getProperty("unmiss.clients.service-account.client-secret"))
                    .isEqualTo("sample-service-dev-secret");
            FieldSealer sealer = context.getBean(FieldSealer.class);
            assertThat(sealer.open(sealer.seal("x", "R-1", "f"), "R-1", "f")).isEqualTo("x");
        }
    }

    private static String rootMessage(String problem) {
        return "Refusing to start without the 'local' profile: " + problem + ". Production secrets come only from the"
                + " environment (SERVICE_CLIENT_SECRET, SEALING_KEYSET, ...); ./platform up generates them per run"
                + " directory; the committed development values work only with --spring.profiles.active=local";
    }

    private static ConfigurableApplicationContext start(String... args) {
        List<String> all = new ArrayList<>(List.of("--server.port=0", "--spring.mongodb.uri=" + STORE.connectionString()));
        all.addAll(List.of(args));
        return new SpringApplicationBuilder(SampleApplication.class).run(all.toArray(String[]::new));
    }
}
