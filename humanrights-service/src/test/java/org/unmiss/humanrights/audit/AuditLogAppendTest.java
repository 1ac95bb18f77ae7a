package org.unmiss.humanrights.audit;

import org.junit.jupiter.api.Test;
import org.unmiss.humanrights.audit.domain.AuditAction;
import org.unmiss.humanrights.audit.domain.AuditChain;
import org.unmiss.humanrights.audit.domain.AuditEvent;
import org.unmiss.humanrights.audit.domain.AuditLog;
import org.unmiss.humanrights.audit.domain.AuditProperties;
import org.unmiss.humanrights.audit.domain.AuditStore;
import org.unmiss.humanrights.audit.domain.CheckpointSigner;
import org.unmiss.kit.security.CurrentUser;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.atMost;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The cost of an append does not grow with the log: after recovering the head once (a few key lookups from
 * the newest checkpoint), each append is exactly one insert, and a batch is one insert for all its entries.
 * The store is a stand-in here so that every command the log sends to it can be counted.
 */
class AuditLogAppendTest {

    private static final AuditChain CHAIN = AuditChain.withKey(Base64.getEncoder().encodeToString(new byte[32]));
    private static final String[] KEYS = AuditKeys.ed25519();

    private final AuditStore store = mock(AuditStore.class);
    private final CheckpointSigner signer = CheckpointSigner.of(KEYS[0], KEYS[1]);
    private final AuditLog log = new AuditLog(store, new CurrentUser(), CHAIN, signer,
            new AuditProperties("unused", "unused", "unused", 1_000_000, Duration.ofHours(1)), java.time.Clock.systemUTC());

    /** A store already holding {@code length} entries, with a checkpoint at {@code checkpointAt}. */
    private List<List<AuditEvent>> storeHolding(long length, long checkpointAt) {
        String mac = "ab".repeat(32);
        when(store.event(anyLong())).thenAnswer(call -> {
            long sequence = call.getArgument(0);
            return sequence <= length ? Optional.of(new AuditEvent(sequence, Instant.EPOCH, "x", "", "HQ", AuditAction.CASE_READ,
                    null, null, null, mac, mac)) : Optional.empty();
        });
        when(store.latestCheckpoint())
                .thenReturn(Optional.of(signer.sign(checkpointAt, Instant.EPOCH, mac)));
        List<List<AuditEvent>> inserted = new ArrayList<>();
        doAnswer(call -> inserted.add(List.copyOf(call.getArgument(0)))).when(store).insertAll(anyList());
        return inserted;
    }

    @Test
    void eachAppendIsOneInsertWithNoReadOfTheTailHoweverLongTheLog() {
        List<List<AuditEvent>> inserted = storeHolding(1_000_000, 999_000);
        log.recoverAtStart();
        AtomicInteger lookupsAtStart = new AtomicInteger(entryLookups());
        // about 2·log2(1,000 entries past the checkpoint) lookups, not a million
        assertThat(lookupsAtStart.get()).isLessThan(40);

        for (int i = 0; i < 500; i++) {
            log.record(AuditAction.CASE_READ, "HR-2026-000001", "status RECEIVED");
        }
        assertThat(entryLookups()).isEqualTo(lookupsAtStart.get());
        verify(store, times(500)).insertAll(anyList());
        verify(store, never()).batch(anyLong(), org.mockito.ArgumentMatchers.anyInt());
        verify(store, atMost(1)).latestCheckpoint();
        assertThat(inserted.get(0).get(0).sequence()).isEqualTo(1_000_001);
        assertThat(inserted.get(499).get(0).sequence()).isEqualTo(1_000_500);
        assertThat(inserted.get(1).get(0).previousMac()).isEqualTo(inserted.get(0).get(0).mac());
    }

    @Test
    void aBatchIsOneInsertOfConsecutiveChainedEntries() {
        List<List<AuditEvent>> inserted = storeHolding(1_000, 0);
        List<AuditLog.Target> targets = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            targets.add(new AuditLog.Target("HR-2026-" + String.format("%06d", i), "victim names for export: V-AAAAAA"));
        }
        List<AuditEvent> stored = log.recordAll(AuditAction.IDENTITY_READ, targets);
        verify(store, times(1)).insertAll(anyList());
        assertThat(inserted.get(0)).hasSize(300).isEqualTo(stored);
        assertThat(CHAIN.firstBreak(stored.subList(1, 300), 1_002, stored.get(0).mac())).isEqualTo(-1);
        assertThat(stored.get(0).sequence()).isEqualTo(1_001);
    }

    /** Reads of single entries by sequence: what must not grow with the length of the log. */
    private int entryLookups() {
        return (int) org.mockito.Mockito.mockingDetails(store).getInvocations().stream()
                .filter(call -> call.getMethod().getName().equals("event")).count();
    }
}
