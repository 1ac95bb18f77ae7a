package org.unmiss.kit.sealing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldSealerTest {

    private final FieldSealer sealer = FieldSealer.fromKeyset(FieldSealer.newKeyset());

    @Test
    void opensWhatItSealedForTheSameRecordAndField() {
        String sealed = sealer.seal("+211 912 000 111", "P-000123", "contacts/phone");
        assertThat(sealed).doesNotContain("912");
        assertThat(sealer.open(sealed, "P-000123", "contacts/phone")).isEqualTo("+211 912 000 111");
        assertThat(sealer.seal(null, "P-000123", "contacts/phone")).isNull();
    }

    @Test
    void aValueMovedToAnotherRecordOrFieldDoesNotOpen() {
        String sealed = sealer.seal("1984-03-07", "P-000123", "dateOfBirth");
        assertThatThrownBy(() -> sealer.open(sealed, "P-000124", "dateOfBirth")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> sealer.open(sealed, "P-000123", "contacts/email")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anotherKeyDoesNotOpen() {
        String sealed = sealer.seal("secret", "R", "f");
        FieldSealer other = FieldSealer.fromKeyset(FieldSealer.newKeyset());
        assertThatThrownBy(() -> other.open(sealed, "R", "f")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aMissingOrBrokenKeysetIsRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> FieldSealer.fromKeyset(" ")).hasMessageContaining("unmiss.sealing.keyset is not set");
        assertThatThrownBy(() -> FieldSealer.fromKeyset("{\"secret\": \"do-not-print\"}"))
                .hasMessage("unmiss.sealing.keyset is not a usable Tink AEAD keyset")
                .message().doesNotContain("do-not-print");
    }
}
