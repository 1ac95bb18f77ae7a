package org.unmiss.humanrights.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Checks a signed checkpoint of the audit chain with nothing but the JDK and the public key, so it runs
 * offline, away from the service and its store. The service signs and checks with the same text.
 * <pre>
 * curl -s -H "Authorization: Bearer $TOKEN" http://localhost:8083/api/v1/hr-audit/checkpoints/latest > checkpoint.json
 * java humanrights-service/src/main/java/org/unmiss/humanrights/audit/domain/CheckpointVerifier.java \
 *   "$HUMANRIGHTS_AUDIT_CHECKPOINT_PUBLIC_KEY" $(jq -r '.position, .at, .headMac, .keyId, .signature' checkpoint.json)
 * </pre>
 * It prints what the checkpoint attests and exits 0, or names the failure and exits 1.
 */
public final class CheckpointVerifier {

    private static final String FORMAT = "unmiss-hr-audit-checkpoint/1";

    private final PublicKey publicKey;
    private final String keyId;

    private CheckpointVerifier(PublicKey publicKey, String keyId) {
        this.publicKey = publicKey;
        this.keyId = keyId;
    }

    /** A verifier for checkpoints signed with the private half of this Ed25519 public key (X.509, base64). */
    public static CheckpointVerifier of(String base64PublicKey) {
        try {
            byte[] encoded = Base64.getDecoder().decode(base64PublicKey.trim());
            PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
            return new CheckpointVerifier(key, keyIdOf(encoded));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Not an Ed25519 public key (X.509, base64)", e);
        }
    }

    /** The key's short name, carried by every checkpoint it signs: the first 16 hex digits of SHA-256 of the key. */
    static String keyIdOf(byte[] encodedPublicKey) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(encodedPublicKey)).substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Exactly the bytes a checkpoint's signature covers. */
    public static byte[] signedText(long position, Instant at, String headMac, String keyId) {
        return (FORMAT + "\nposition " + position + "\nat " + at.toEpochMilli() + "\nhead " + headMac + "\nkey " + keyId + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    public String keyId() {
        return keyId;
    }

    /** Whether this key signed exactly this position, time and head MAC. */
    public boolean verifies(long position, Instant at, String headMac, String checkpointKeyId, String base64Signature) {
        if (!keyId.equals(checkpointKeyId) || headMac == null || base64Signature == null) {
            return false;
        }
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initVerify(publicKey);
            ed25519.update(signedText(position, at, headMac, checkpointKeyId));
            return ed25519.verify(Base64.getDecoder().decode(base64Signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** {@code java CheckpointVerifier.java PUBLIC_KEY POSITION AT HEAD_MAC KEY_ID SIGNATURE}. */
    public static void main(String[] args) {
        if (args.length != 6) {
            System.err.println("usage: CheckpointVerifier PUBLIC_KEY POSITION AT HEAD_MAC KEY_ID SIGNATURE");
            System.exit(2);
        }
        long position = Long.parseLong(args[1]);
        Instant at = Instant.parse(args[2]);
        CheckpointVerifier verifier = of(args[0]);
        if (verifier.verifies(position, at, args[3], args[4], args[5])) {
            System.out.println("VALID: at " + at + " the audit chain held " + position + " entries, the last with MAC " + args[3]);
            System.exit(0);
        }
        System.out.println("INVALID: not signed by key " + verifier.keyId() + " (checkpoint names key " + args[4]
                + "), or altered since it was signed");
        System.exit(1);
    }
}
