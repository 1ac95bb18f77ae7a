package org.unmiss.humanrights.audit.domain;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;

/** Signs checkpoints of the chain head with Ed25519; checks them with the public half. */
public final class CheckpointSigner {

    private final PrivateKey privateKey;
    private final CheckpointVerifier verifier;

    private CheckpointSigner(PrivateKey privateKey, CheckpointVerifier verifier) {
        this.privateKey = privateKey;
        this.verifier = verifier;
    }

    /** From a PKCS#8 private key and its X.509 public key (base64); refuses a pair that does not match. */
    public static CheckpointSigner of(String base64PrivateKey, String base64PublicKey) {
        PrivateKey key;
        try {
            key = KeyFactory.getInstance("Ed25519")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64PrivateKey.trim())));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("humanrights.audit.checkpoint-private-key is not an Ed25519 key (PKCS#8, base64)", e);
        }
        CheckpointSigner signer = new CheckpointSigner(key, CheckpointVerifier.of(base64PublicKey));
        AuditCheckpoint probe = signer.sign(0, Instant.EPOCH, AuditChain.GENESIS);
        if (!signer.verifies(probe)) {
            throw new IllegalStateException("humanrights.audit.checkpoint-public-key is not the public half of the private key");
        }
        return signer;
    }

    public AuditCheckpoint sign(long position, Instant at, String headMac) {
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initSign(privateKey);
            ed25519.update(CheckpointVerifier.signedText(position, at, headMac, verifier.keyId()));
            return new AuditCheckpoint(position, at, headMac, verifier.keyId(),
                    Base64.getEncoder().encodeToString(ed25519.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean verifies(AuditCheckpoint checkpoint) {
        return verifier.verifies(checkpoint.position(), checkpoint.at(), checkpoint.headMac(), checkpoint.keyId(),
                checkpoint.signature());
    }
}
