package org.unmiss.humanrights.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** The hash chain's arithmetic: how an entry's hash is computed, and where a sequence of entries breaks. */
public final class AuditChain {

    /** The previous hash of the very first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static String hash(long sequence, java.time.Instant at, String actor, String roles, String fieldOffice,
                              AuditAction action, String caseReference, String detail, String correlationId,
                              String previousHash) {
        // Length-prefixed fields: "ab"+"c" and "a"+"bc" must not hash alike.
        StringBuilder canonical = new StringBuilder();
        for (Object field : List.of(sequence, at.toEpochMilli(), nullSafe(actor), nullSafe(roles), nullSafe(fieldOffice),
                action.name(), nullSafe(caseReference), nullSafe(detail), nullSafe(correlationId), previousHash)) {
            String text = field.toString();
            canonical.append(text.length()).append(':').append(text).append('|');
        }
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String hashOf(AuditEvent event) {
        return hash(event.sequence(), event.at(), event.actor(), event.roles(), event.fieldOffice(), event.action(),
                event.caseReference(), event.detail(), event.correlationId(), event.previousHash());
    }

    /**
     * The first sequence number at which {@code events} (in sequence order, starting at
     * {@code expectedSequence} after {@code previousHash}) stop forming an unbroken chain, or -1.
     */
    public static long firstBreak(List<AuditEvent> events, long expectedSequence, String previousHash) {
        long sequence = expectedSequence;
        String previous = previousHash;
        for (AuditEvent event : events) {
            if (event.sequence() != sequence || !previous.equals(event.previousHash()) || !hashOf(event).equals(event.hash())) {
                return sequence;
            }
            previous = event.hash();
            sequence++;
        }
        return -1;
    }

    private static String nullSafe(String value) {
        return value == null ? "" : value;
    }
}
