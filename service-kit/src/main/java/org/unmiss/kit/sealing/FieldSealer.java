package org.unmiss.kit.sealing;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * Seals personal fields (names, contacts, dates of birth, narratives) with AES-256-GCM before they
 * reach the database, and opens them for callers entitled to see them. The associated data binds
 * each ciphertext to its record and field ({@code HR-2026-000123} + {@code victims/V-7K3Q9X/name}),
 * so a ciphertext copied into another record or field no longer opens: someone with write access to
 * the store cannot move a value to where a less entitled caller reads it.
 *
 * <p>The key is a Tink JSON keyset from configuration ({@code unmiss.sealing.keyset}, environment
 * {@code SEALING_KEYSET}); a keyset can hold old keys for reading while a new primary key writes.
 */
public final class FieldSealer {

    static final String PROPERTY = "unmiss.sealing.keyset";

    private final Aead aead;

    private FieldSealer(Aead aead) {
        this.aead = aead;
    }

    /** A sealer for a Tink JSON keyset; the error never echoes the value, which is the key. */
    public static FieldSealer fromKeyset(String keysetJson) {
        if (keysetJson == null || keysetJson.isBlank()) {
            throw new IllegalStateException(PROPERTY + " is not set: give this service its Tink AEAD keyset through"
                    + " the environment (SEALING_KEYSET); ./platform up generates one per run directory");
        }
        try {
            AeadConfig.register();
            KeysetHandle keyset = TinkJsonProtoKeysetFormat.parseKeyset(keysetJson, InsecureSecretKeyAccess.get());
            return new FieldSealer(keyset.getPrimitive(RegistryConfiguration.get(), Aead.class));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException(PROPERTY + " is not a usable Tink AEAD keyset", e);
        }
    }

    /** A fresh AES256_GCM keyset in Tink's JSON format (for tests and key generation). */
    public static String newKeyset() {
        try {
            AeadConfig.register();
            KeysetHandle handle = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            // one line: the JSON comes with a line break at its end
            return TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get()).strip();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not generate a Tink keyset", e);
        }
    }

    /** The sealed form of {@code plaintext} (Base64), or null for null. */
    public String seal(String plaintext, String record, String field) {
        if (plaintext == null) {
            return null;
        }
        try {
            return Base64.getEncoder().encodeToString(
                    aead.encrypt(plaintext.getBytes(StandardCharsets.UTF_8), associatedData(record, field)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Sealing " + field + " of " + record + " failed", e);
        }
    }

    /** The plaintext of a value sealed for this record and field; fails if it was sealed for another. */
    public String open(String sealed, String record, String field) {
        if (sealed == null) {
            return null;
        }
        try {
            byte[] plain = aead.decrypt(Base64.getDecoder().decode(sealed), associatedData(record, field));
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Opening " + field + " of " + record + " failed", e);
        }
    }

    private static byte[] associatedData(String record, String field) {
        return (record + "/" + field).getBytes(StandardCharsets.UTF_8);
    }
}
