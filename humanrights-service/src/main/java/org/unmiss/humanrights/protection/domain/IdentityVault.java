package org.unmiss.humanrights.protection.domain;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * Seals identities (names, contacts, exact locations, narratives) with AES-256-GCM before they reach
 * the database, and opens them for callers entitled to see them. The associated data binds each
 * ciphertext to its case and field ({@code HR-2026-000123/victims/V-7K3Q9X/name}), so a ciphertext
 * copied into another case or field no longer opens. The key is a Tink keyset from configuration
 * ({@code humanrights.identity-key}); in production it comes from the key management service, and a
 * keyset can hold old keys for reading while a new primary key writes.
 */
@Component
public class IdentityVault {

    private final Aead aead;

    public IdentityVault(@Value("${humanrights.identity-key}") String keysetJson) {
        try {
            AeadConfig.register();
            KeysetHandle keyset = TinkJsonProtoKeysetFormat.parseKeyset(keysetJson, InsecureSecretKeyAccess.get());
            this.aead = keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            // Never echo the configured value: it is the key.
            throw new IllegalStateException("humanrights.identity-key is not a usable Tink AEAD keyset", e);
        }
    }

    /** The sealed form of {@code plaintext} (Base64), or null for null. */
    public String seal(String plaintext, String caseReference, String fieldPath) {
        if (plaintext == null) {
            return null;
        }
        try {
            byte[] sealed = aead.encrypt(plaintext.getBytes(StandardCharsets.UTF_8), associatedData(caseReference, fieldPath));
            return Base64.getEncoder().encodeToString(sealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Sealing " + fieldPath + " of " + caseReference + " failed", e);
        }
    }

    /** The plaintext of a value sealed for this case and field; fails if it was sealed for another. */
    public String open(String sealed, String caseReference, String fieldPath) {
        if (sealed == null) {
            return null;
        }
        try {
            byte[] plain = aead.decrypt(Base64.getDecoder().decode(sealed), associatedData(caseReference, fieldPath));
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Opening " + fieldPath + " of " + caseReference + " failed", e);
        }
    }

    private static byte[] associatedData(String caseReference, String fieldPath) {
        return (caseReference + "/" + fieldPath).getBytes(StandardCharsets.UTF_8);
    }
}
