package org.unmiss.humanrights.audit.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.unmiss.kit.security.CurrentUser;
import org.unmiss.kit.web.CorrelationId;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

/**
 * Appends to the MAC-chained audit log, signs checkpoints of its head and checks the chain.
 * <p>
 * The head (last sequence and MAC) is kept in memory, recovered once at start from the newest checkpoint
 * by probing sequence numbers, so an append costs one insert however long the log is. Appends in this JVM
 * are serialised by a lock held only for computing MACs and the insert; another instance appending to the
 * same store makes the unique {@code _id} refuse ours, and we step the head forward over its entries
 * (key lookups) and chain ours after them. An export's entries go in one insertMany.
 */
@Component
public class AuditLog {

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);
    private static final int MAX_ATTEMPTS = 20;
    private static final int VERIFY_BATCH = 1000;

    /** The last stored entry's position and MAC; sequence 0 is the empty chain. */
    private record Head(long sequence, String mac) {
    }

    /** An entry to be chained: who and what, before it has a position. */
    private record Pending(Instant at, String actor, String roles, String office, AuditAction action,
                           String caseReference, String detail, String correlationId) {
    }

    /** One entry of a batch: the case it concerns and its detail (codes, never identities). */
    public record Target(String caseReference, String detail) {
    }

    private final AuditStore store;
    private final CurrentUser currentUser;
    private final AuditChain chain;
    private final CheckpointSigner signer;
    private final int checkpointEvery;
    private final Clock clock;
    private final ReentrantLock appending = new ReentrantLock();
    private volatile Head head;
    private volatile long checkpointed;

    @SuppressWarnings("java:S107")
    public AuditLog(AuditStore store, CurrentUser currentUser, AuditChain chain, CheckpointSigner signer, AuditProperties properties,
                    Clock clock) {
        this.clock = clock;
        this.store = store;
        this.currentUser = currentUser;
        this.chain = chain;
        this.signer = signer;
        this.checkpointEvery = properties.checkpointEvery();
    }

    /** Finds the head before the first request needs it. */
    @EventListener(ApplicationStartedEvent.class)
    public void recoverAtStart() {
        long started = System.nanoTime();
        appending.lock();
        try {
            Head recovered = currentHead();
            log.info("Audit log head recovered at sequence {} in {} ms", recovered.sequence(),
                    (System.nanoTime() - started) / 1_000_000);
        } finally {
            appending.unlock();
        }
    }

    /** Records what the current caller did; the detail names codes, references and lengths, never request text. */
    public AuditEvent record(AuditAction action, String caseReference, String detail) {
        return recordAll(action, List.of(new Target(caseReference, detail))).get(0);
    }

    /** Records one entry per target for the current caller, stored in one command. */
    public List<AuditEvent> recordAll(AuditAction action, List<Target> targets) {
        if (targets.isEmpty()) {
            return List.of();
        }
        String actor = currentUser.username().orElse("system");
        String office = currentUser.fieldOffice().office();
        String roles = currentRoles();
        String correlationId = CorrelationId.current().orElse(null);
        // The store keeps milliseconds; MACing the same precision keeps the chain verifiable.
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<Pending> pending = targets.stream()
                .map(t -> new Pending(at, actor, roles, office, action, t.caseReference(), t.detail(), correlationId))
                .toList();
        long before;
        List<AuditEvent> stored;
        appending.lock();
        try {
            before = currentHead().sequence();
            stored = append(pending);
        } finally {
            appending.unlock();
        }
        if (head.sequence() / checkpointEvery > before / checkpointEvery) {
            checkpoint();
        }
        return stored;
    }

    private List<AuditEvent> append(List<Pending> pending) {
        List<AuditEvent> stored = new ArrayList<>(pending.size());
        List<Pending> remaining = pending;
        for (int attempt = 1; ; attempt++) {
            List<AuditEvent> batch = chained(head, remaining);
            try {
                store.insertAll(batch);
                stored.addAll(batch);
                head = new Head(batch.get(batch.size() - 1).sequence(), batch.get(batch.size() - 1).mac());
                return stored;
            } catch (DuplicateKeyException lostRace) {
                // Another instance extended the chain. An ordered insertMany may have stored our first entries
                // before the clash: keep those, step over everything now stored, and chain the rest after it.
                int kept = storedPrefix(batch);
                stored.addAll(batch.subList(0, kept));
                remaining = remaining.subList(kept, remaining.size());
                head = advance(kept == 0 ? head : new Head(batch.get(kept - 1).sequence(), batch.get(kept - 1).mac()));
                if (remaining.isEmpty()) {
                    return stored;
                }
                if (attempt == MAX_ATTEMPTS) {
                    throw new IllegalStateException("Could not append to the audit log after " + attempt + " attempts", lostRace);
                }
            }
        }
    }

    private List<AuditEvent> chained(Head from, List<Pending> pending) {
        List<AuditEvent> batch = new ArrayList<>(pending.size());
        long sequence = from.sequence();
        String previous = from.mac();
        for (Pending p : pending) {
            sequence++;
            String mac = chain.mac(sequence, p.at(), p.actor(), p.roles(), p.office(), p.action(), p.caseReference(),
                    p.detail(), p.correlationId(), previous);
            batch.add(new AuditEvent(sequence, p.at(), p.actor(), p.roles(), p.office(), p.action(), p.caseReference(),
                    p.detail(), p.correlationId(), previous, mac));
            previous = mac;
        }
        return batch;
    }

    private int storedPrefix(List<AuditEvent> batch) {
        int kept = 0;
        for (AuditEvent mine : batch) {
            Optional<AuditEvent> there = store.event(mine.sequence());
            if (there.isEmpty() || !mine.mac().equals(there.get().mac())) {
                break;
            }
            kept++;
        }
        return kept;
    }

    /** Steps from a known entry over every entry stored after it (a key lookup each). */
    private Head advance(Head from) {
        Head last = from;
        for (Optional<AuditEvent> next = store.event(last.sequence() + 1); next.isPresent();
             next = store.event(last.sequence() + 1)) {
            last = new Head(next.get().sequence(), next.get().mac());
        }
        return last;
    }

    /** The head, recovered on first use: called with the lock held. */
    private Head currentHead() {
        if (head == null) {
            head = recover();
        }
        return head;
    }

    /**
     * The last entry, found without sorting the log: from the newest checkpoint (or the start), probe
     * positions 1, 2, 4, ... ahead until one is missing, then halve the gap. Sequences are dense, so
     * this takes about 2·log2(entries since the checkpoint) key lookups.
     */
    private Head recover() {
        Optional<AuditCheckpoint> latest = store.latestCheckpoint();
        latest.ifPresent(c -> checkpointed = c.position());
        long present = latest.map(AuditCheckpoint::position).filter(this::stored).orElse(0L);
        long step = 1;
        long absent = present + step;
        while (stored(absent)) {
            present = absent;
            step *= 2;
            absent = present + step;
        }
        while (absent - present > 1) {
            long middle = present + (absent - present) / 2;
            if (stored(middle)) {
                present = middle;
            } else {
                absent = middle;
            }
        }
        if (present == 0) {
            return new Head(0, AuditChain.GENESIS);
        }
        AuditEvent last = store.event(present).orElseThrow();
        return advance(new Head(last.sequence(), last.mac()));
    }

    /**
     * Whether an entry is stored at this position: a find by {@code _id}, answered from the key's index.
     * ({@code existsById} made recovery at a million entries take about 20 s on the embedded store, which
     * answers it by counting.)
     */
    private boolean stored(long sequence) {
        return store.event(sequence).isPresent();
    }

    /** Signs the head at the configured interval, if entries were added since the last checkpoint. */
    @Scheduled(fixedDelayString = "${humanrights.audit.checkpoint-interval:5m}",
            initialDelayString = "${humanrights.audit.checkpoint-interval:5m}")
    public void checkpointIfMoved() {
        Head current = head;
        if (current != null && current.sequence() > checkpointed) {
            checkpoint();
        }
    }

    /**
     * Signs a checkpoint of the current head (or answers the newest one if the head has not moved since);
     * empty while the log is empty. Each checkpoint is logged too, so a copy lives outside the store.
     */
    public Optional<AuditCheckpoint> checkpoint() {
        Head current;
        appending.lock();
        try {
            current = currentHead();
        } finally {
            appending.unlock();
        }
        if (current.sequence() == 0) {
            return Optional.empty();
        }
        if (current.sequence() <= checkpointed) {
            return latestCheckpoint();
        }
        AuditCheckpoint signed = signer.sign(current.sequence(), clock.instant().truncatedTo(ChronoUnit.MILLIS), current.mac());
        try {
            store.insertCheckpoint(signed);
        } catch (DuplicateKeyException anotherInstanceSignedThisPosition) {
            return store.checkpoint(current.sequence());
        }
        synchronized (this) {
            checkpointed = Math.max(checkpointed, signed.position());
        }
        log.info("Audit checkpoint position={} at={} headMac={} keyId={} signature={}", signed.position(), signed.at(),
                signed.headMac(), signed.keyId(), signed.signature());
        return Optional.of(signed);
    }

    public Optional<AuditCheckpoint> latestCheckpoint() {
        return store.latestCheckpoint();
    }

    /** Whether a checkpoint (one kept outside the store, say) carries a valid signature of this service's key. */
    public boolean signatureValid(AuditCheckpoint checkpoint) {
        return signer.verifies(checkpoint);
    }

    /** Walks the whole chain and compares its end with the newest stored checkpoint and the head in memory. */
    public ChainCheck verify() {
        return verify(null);
    }

    /**
     * The same, also against a checkpoint the caller kept elsewhere: the stored checkpoints could have been
     * removed together with the tail they attest.
     */
    public ChainCheck verify(AuditCheckpoint kept) {
        Head expected;
        appending.lock();
        try {
            expected = currentHead();
        } finally {
            appending.unlock();
        }
        List<AuditCheckpoint> anchors = new ArrayList<>();
        latestCheckpoint().ifPresent(anchors::add);
        if (kept != null) {
            anchors.add(kept);
        }
        for (AuditCheckpoint anchor : anchors) {
            if (!signer.verifies(anchor)) {
                return new ChainCheck(false, Finding.CHECKPOINT_INVALID, 0, null, null, anchor.position());
            }
        }
        Map<Long, String> wanted = new HashMap<>();
        anchors.forEach(a -> wanted.put(a.position(), null));
        wanted.put(expected.sequence(), null);

        long next = 1;
        String previous = AuditChain.GENESIS;
        while (true) {
            List<AuditEvent> batch = store.batch(next, VERIFY_BATCH);
            long broken = chain.firstBreak(batch, next, previous);
            if (broken >= 0) {
                return new ChainCheck(false, Finding.ALTERED, broken - 1, broken, previous, null);
            }
            if (batch.isEmpty()) {
                break;
            }
            batch.stream().filter(e -> wanted.containsKey(e.sequence())).forEach(e -> wanted.put(e.sequence(), e.mac()));
            AuditEvent tail = batch.get(batch.size() - 1);
            next = tail.sequence() + 1;
            previous = tail.mac();
        }
        long length = next - 1;
        for (AuditCheckpoint anchor : anchors) {
            if (length < anchor.position()) {
                return new ChainCheck(false, Finding.TRUNCATED, length, length + 1, previous, anchor.position());
            }
            if (!anchor.headMac().equals(wanted.get(anchor.position()))) {
                return new ChainCheck(false, Finding.ALTERED, anchor.position() - 1, anchor.position(), previous, anchor.position());
            }
        }
        if (length < expected.sequence()) {
            return new ChainCheck(false, Finding.TRUNCATED, length, length + 1, previous, null);
        }
        Long checkedAgainst = anchors.stream().map(AuditCheckpoint::position).max(Long::compare).orElse(null);
        return new ChainCheck(true, Finding.INTACT, length, null, previous, checkedAgainst);
    }

    private static String currentRoles() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return "";
        }
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).sorted().collect(Collectors.joining(","));
    }

    /** What walking the chain found. */
    public enum Finding {
        /** every entry links to its predecessor, matches its MAC, and the chain reaches every checkpoint */
        INTACT,
        /** an entry is missing, altered or out of place */
        ALTERED,
        /** entries were cut off the end: the chain stops before a signed checkpoint or the head this service wrote */
        TRUNCATED,
        /** a checkpoint is not signed by this service's key */
        CHECKPOINT_INVALID
    }

    /**
     * @param intact             whether the chain is whole
     * @param finding            what was found
     * @param eventsVerified     how many entries from the start were found intact
     * @param brokenAtSequence   the first sequence number that is missing, altered or out of place
     * @param lastMac            the MAC of the last intact entry
     * @param checkpointPosition the checkpoint the chain was compared with (or found invalid)
     */
    public record ChainCheck(boolean intact, Finding finding, long eventsVerified, Long brokenAtSequence, String lastMac,
                             Long checkpointPosition) {
    }
}
