package org.unmiss.humanrights.audit.domain;

import java.util.List;
import java.util.Optional;

/**
 * What the audit log needs from the store: entries by sequence, appends in one command, and the signed
 * checkpoints. Declared here and implemented in persistence so that domain depends on no persistence class
 * (ADR 0021: api -> domain <- persistence).
 */
public interface AuditStore {

    /** The entry at {@code sequence} ({@code _id}): every read the append path makes is a lookup of one key. */
    Optional<AuditEvent> event(long sequence);

    /** Stores a run of consecutive entries in one command (insertMany), in chain order. */
    void insertAll(List<AuditEvent> entries);

    /** Up to {@code limit} entries from {@code fromSequence} on, in chain order. */
    List<AuditEvent> batch(long fromSequence, int limit);

    Optional<AuditCheckpoint> latestCheckpoint();

    Optional<AuditCheckpoint> checkpoint(long position);

    /** Fails with a duplicate-key error when another instance signed this position first. */
    void insertCheckpoint(AuditCheckpoint checkpoint);
}
