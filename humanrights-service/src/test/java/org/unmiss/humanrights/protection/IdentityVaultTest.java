package org.unmiss.humanrights.protection;

import org.junit.jupiter.api.Test;
import org.unmiss.humanrights.protection.domain.IdentityVault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A sealed identity opens only for the case and field it was sealed for, and only with the key. */
class IdentityVaultTest {

    private static final String DEV_KEY = "{\"primaryKeyId\":3551286587,\"key\":[{\"keyData\":{\"typeUrl\":"
            + "\"type.googleapis.com/google.crypto.tink.AesGcmKey\",\"value\":\"GiB8zVe/MnvxkiT7WTePU8g6mywt/ADs1zvdmYVzXhRPlw==\","
            + "\"keyMaterialType\":\"SYMMETRIC\"},\"status\":\"ENABLED\",\"keyId\":3551286587,\"outputPrefixType\":\"TINK\"}]}";

    private final IdentityVault vault = new IdentityVault(DEV_KEY);

    @Test
    void sealsWithAFreshNonceAndOpensForTheSameCaseAndField() {
        String sealed = vault.seal("Achol Deng", "HR-2026-000001", "victims/V-ABCDEF/name");
        assertThat(sealed).doesNotContain("Achol").isNotEqualTo(vault.seal("Achol Deng", "HR-2026-000001", "victims/V-ABCDEF/name"));
        assertThat(vault.open(sealed, "HR-2026-000001", "victims/V-ABCDEF/name")).isEqualTo("Achol Deng");
    }

    @Test
    void refusesACiphertextMovedToAnotherCaseOrField() {
        String sealed = vault.seal("Achol Deng", "HR-2026-000001", "victims/V-ABCDEF/name");
        assertThatThrownBy(() -> vault.open(sealed, "HR-2026-000002", "victims/V-ABCDEF/name")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> vault.open(sealed, "HR-2026-000001", "victims/V-ABCDEF/contact")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAKeyThatIsNotAKeysetWithoutEchoingIt() {
        assertThatThrownBy(() -> new IdentityVault("{\"secret\": \"do-not-print\"}"))
                .isInstanceOf(IllegalStateException.class).hasMessageNotContaining("do-not-print");
    }
}
