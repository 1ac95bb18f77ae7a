package org.unmiss.humanrights.audit.domain;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * The chain's arithmetic: each entry's MAC is HMAC-SHA256, under a key the store never sees, over the
 * entry's fields and the previous entry's MAC. A plain hash would let anyone who can write to the store
 * rewrite an entry and recompute every hash after it; without the key they cannot.
 */
public final class AuditChain {

    /** The previous MAC of the very first entry. */
    public static final String GENESIS = "0".repeat(64);
    private static final int MIN_KEY_BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    private AuditChain(byte[] key) {
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    /** The chain under a base64 key of at least 32 bytes. */
    public static AuditChain withKey(String base64Key) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64Key.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("humanrights.audit.chain-key is not base64", e);
        }
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalStateException("humanrights.audit.chain-key must hold at least " + MIN_KEY_BYTES
                    + " bytes; it holds " + key.length);
        }
        return new AuditChain(key);
    }

    @SuppressWarnings("java:S107")
    public String mac(long sequence, Instant at, String actor, String roles, String fieldOffice, AuditAction action,
                      String caseReference, String detail, String correlationId, String previousMac) {
        // Length-prefixed fields: "ab"+"c" and "a"+"bc" must not authenticate alike.
        StringBuilder canonical = new StringBuilder();
        for (Object field : List.of(sequence, at.toEpochMilli(), nullSafe(actor), nullSafe(roles), nullSafe(fieldOffice),
                action.name(), nullSafe(caseReference), nullSafe(detail), nullSafe(correlationId), previousMac)) {
            String text = field.toString();
            canonical.append(text.length()).append(':').append(text).append('|');
        }
        try {
            // A Mac is not thread-safe and cheap to make; appends and verification run on many threads.
            Mac hmac = Mac.getInstance(ALGORITHM);
            hmac.init(key);
            return HexFormat.of().formatHex(hmac.doFinal(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("The audit chain key is unusable", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String macOf(AuditEvent event) {
        return mac(event.sequence(), event.at(), event.actor(), event.roles(), event.fieldOffice(), event.action(),
                event.caseReference(), event.detail(), event.correlationId(), event.previousMac());
    }

    /** Whether the stored MAC is the one this key gives (compared in constant time). */
    public boolean authentic(AuditEvent event) {
        return event.mac() != null && MessageDigest.isEqual(macOf(event).getBytes(StandardCharsets.US_ASCII),
                event.mac().getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * The first sequence number at which {@code events} (in sequence order, starting at
     * {@code expectedSequence} after {@code previousMac}) stop forming an unbroken chain, or -1.
     */
    public long firstBreak(List<AuditEvent> events, long expectedSequence, String previousMac) {
        long sequence = expectedSequence;
        String previous = previousMac;
        for (AuditEvent event : events) {
            if (event.sequence() != sequence || !previous.equals(event.previousMac()) || !authentic(event)) {
                return sequence;
            }
            previous = event.mac();
            sequence++;
        }
        return -1;
    }

    private static String nullSafe(String value) {
        return value == null ? "" : value;
    }
}
