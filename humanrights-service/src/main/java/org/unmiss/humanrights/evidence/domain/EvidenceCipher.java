package org.unmiss.humanrights.evidence.domain;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;

/**
 * Encrypts attachments as they stream in and decrypts them as they stream out: Tink's streaming AEAD
 * (AES256_GCM_HKDF_1MB: each 1 MB segment authenticated on its own, so a reader holds one segment, and a changed,
 * dropped or reordered segment fails the read). The associated data binds a content to its case and attachment.
 * The keyset is its own ({@code humanrights.evidence.keyset}): a leak of the identities' key opens no evidence, and
 * the other way round.
 */
public final class EvidenceCipher {

    static final String PROPERTY = "humanrights.evidence.keyset";

    private final StreamingAead aead;

    private EvidenceCipher(StreamingAead aead) {
        this.aead = aead;
    }

    /** A cipher for a Tink JSON streaming-AEAD keyset; the error never echoes the value, which is the key. */
    public static EvidenceCipher fromKeyset(String keysetJson) {
        if (keysetJson == null || keysetJson.isBlank()) {
            throw new IllegalStateException(PROPERTY + " is not set: give the service its evidence keyset through the"
                    + " environment (HUMANRIGHTS_EVIDENCE_KEYSET); ./platform up generates one per run directory");
        }
        try {
            StreamingAeadConfig.register();
            KeysetHandle keyset = TinkJsonProtoKeysetFormat.parseKeyset(keysetJson, InsecureSecretKeyAccess.get());
            return new EvidenceCipher(keyset.getPrimitive(RegistryConfiguration.get(), StreamingAead.class));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException(PROPERTY + " is not a usable Tink streaming-AEAD keyset", e);
        }
    }

    /** A fresh AES256_GCM_HKDF_1MB keyset in Tink's JSON format, on one line (key generation, tests). */
    public static String newKeyset() {
        try {
            StreamingAeadConfig.register();
            KeysetHandle handle = KeysetHandle.generateNew(PredefinedStreamingAeadParameters.AES256_GCM_HKDF_1MB);
            return TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get()).strip();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not generate a streaming-AEAD keyset", e);
        }
    }

    /** Writes the ciphertext of what is written to the result into {@code ciphertext}; closing it closes that. */
    public OutputStream encrypting(OutputStream ciphertext, byte[] associatedData) {
        try {
            return aead.newEncryptingStream(ciphertext, associatedData);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("could not start encrypting an attachment", e);
        }
    }

    /** The plaintext of {@code ciphertext}; a read fails (IOException) where the content was altered. */
    public InputStream decrypting(InputStream ciphertext, byte[] associatedData) {
        try {
            return aead.newDecryptingStream(ciphertext, associatedData);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("could not start decrypting an attachment", e);
        }
    }

    /** Prints a fresh evidence keyset (one JSON line) for HUMANRIGHTS_EVIDENCE_KEYSET: ./platform runs it once per run directory. */
    public static void main(String[] args) {
        System.out.println(newKeyset());
    }
}
