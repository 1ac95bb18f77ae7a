package org.unmiss.humanrights.protection;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.unmiss.humanrights.HumanRightsApplication;
import org.unmiss.humanrights.protection.domain.IdentityVault;
import org.unmiss.kit.sealing.FieldSealer;
import org.unmiss.kit.testing.EmbeddedStore;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The identity key once committed in application.yml (now application-local.yml) opens every
 * identity sealed under it for anyone with the repository: without the 'local' profile the service
 * refuses it, and refuses to start with no key at all; with a fresh key it starts and seals.
 */
class CommittedIdentityKeyTest {

    private static final String COMMITTED_KEY = "{\"primaryKeyId\":3551286587,\"key\":[{\"keyData\":{\"typeUrl\":"
            + "\"type.googleapis.com/google.crypto.tink.AesGcmKey\",\"value\":\"GiB8zVe/MnvxkiT7WTePU8g6mywt/ADs1zvdmYVzXhRPlw==\","
            + "\"keyMaterialType\":\"SYMMETRIC\"},\"status\":\"ENABLED\",\"keyId\":3551286587,\"outputPrefixType\":\"TINK\"}]}";

    @Test
    void refusesTheCommittedKeyWithoutTheLocalProfile() {
        try (EmbeddedStore store = EmbeddedStore.start()) {
            assertThatThrownBy(() -> start(store, COMMITTED_KEY).close())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("unmiss.sealing.keyset holds a development value committed to the repository")
                    .hasMessageNotContaining("GiB8zVe");
        }
    }

    @Test
    void refusesToStartWithoutAKey() {
        try (EmbeddedStore store = EmbeddedStore.start()) {
            assertThatThrownBy(() -> start(store, "").close())
                    .rootCause().hasMessageContaining("unmiss.sealing.keyset is not set");
        }
    }

    @Test
    void startsAndSealsWithAFreshKey() {
        try (EmbeddedStore store = EmbeddedStore.start();
             ConfigurableApplicationContext context = start(store, FieldSealer.newKeyset())) {
            IdentityVault vault = context.getBean(IdentityVault.class);
            String sealed = vault.seal("Nyandeng Garang", "HR-2026-000001", "victims/V-ABCDEF/name");
            assertThat(sealed).doesNotContain("Nyandeng");
            assertThat(vault.open(sealed, "HR-2026-000001", "victims/V-ABCDEF/name")).isEqualTo("Nyandeng Garang");
        }
    }

    private static ConfigurableApplicationContext start(EmbeddedStore store, String keyset) {
        return new SpringApplicationBuilder(HumanRightsApplication.class).run(
                "--server.port=0", "--spring.mongodb.uri=" + store.connectionString(),
                "--unmiss.clients.service-account.client-secret=" + UUID.randomUUID(),
                "--unmiss.sealing.keyset=" + keyset);
    }
}
