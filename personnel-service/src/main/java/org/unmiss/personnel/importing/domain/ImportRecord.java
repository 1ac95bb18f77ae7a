package org.unmiss.personnel.importing.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * One import, identified by who sent which file (ADR 0018). Its state is the commit point: the
 * people an attempt staged are published only after the attempt moved this record from STAGING to
 * COMMITTED in one single-document write; an attempt that never got there is abandoned and its
 * people deleted, whatever crashed.
 *
 * @param identity     the caller and a SHA-256 of the mode and the file: the same file from the same
 *                     caller is the same import
 * @param attempt      the attempt now owning the import; staged people carry it ({@code importId})
 * @param owner        the process running the attempt ({@code host/pid/start}), to tell a crashed one
 * @param heartbeatAt  renewed after every batch staged: an owner on another host counts as gone once it is old
 * @param firstIndex   the first of {@code count} index numbers reserved for the attempt (0 when none)
 * @param blockReleased the reserved block was handed back to the counter (nothing to reuse)
 * @param outcome      the answer, once COMMITTED
 */
@Document("personnel_imports")
public record ImportRecord(@Id String identity, String attempt, State state, String owner, Instant heartbeatAt, long firstIndex,
                           int count, boolean blockReleased, ImportOutcome outcome, Instant startedAt) {

    public enum State {
        /** people being staged, invisible */
        STAGING,
        /** the commit point passed: the people are (being) published, and always will be */
        COMMITTED,
        /** every person of the import visible */
        PUBLISHED,
        /** given up (crash or failure): its people deleted, the file may be sent again */
        ABANDONED
    }
}
