package org.unmiss.humanrights.audit.domain;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.unmiss.humanrights.audit.persistence.AuditEventRepository;
import org.unmiss.humanrights.audit.persistence.AuditQueries;
import org.unmiss.kit.security.CurrentUser;
import org.unmiss.kit.web.CorrelationId;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

/**
 * Appends to the hash-chained audit log and checks the chain. Appending reads the last entry and
 * inserts the next sequence number; the unique {@code _id} makes a concurrent writer that read the
 * same last entry fail, and it retries on the new tail, so the chain stays linear without
 * transactions. Appends are also serialised within this JVM: the embedded store does not serialise
 * concurrent writes reliably, and one instance is all it serves.
 */
@Component
public class AuditLog {

    private static final int MAX_ATTEMPTS = 20;
    private static final int VERIFY_BATCH = 1000;

    private final AuditEventRepository events;
    private final AuditQueries queries;
    private final CurrentUser currentUser;
    private final ReentrantLock appending = new ReentrantLock();

    public AuditLog(AuditEventRepository events, AuditQueries queries, CurrentUser currentUser) {
        this.events = events;
        this.queries = queries;
        this.currentUser = currentUser;
    }

    /** Records what the current caller did; the detail must name codes, never identities. */
    public AuditEvent record(AuditAction action, String caseReference, String detail) {
        String actor = currentUser.username().orElse("system");
        String office = currentUser.fieldOffice().office();
        String roles = currentRoles();
        String correlationId = CorrelationId.current().orElse(null);
        appending.lock();
        try {
            return append(action, caseReference, detail, actor, office, roles, correlationId);
        } finally {
            appending.unlock();
        }
    }

    @SuppressWarnings("java:S107")
    private AuditEvent append(AuditAction action, String caseReference, String detail, String actor, String office,
                              String roles, String correlationId) {
        for (int attempt = 1; ; attempt++) {
            Optional<AuditEvent> last = events.findTopByOrderBySequenceDesc();
            long sequence = last.map(e -> e.sequence() + 1).orElse(1L);
            String previousHash = last.map(AuditEvent::hash).orElse(AuditChain.GENESIS);
            // The store keeps milliseconds; hashing the same precision keeps the chain verifiable.
            Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            String hash = AuditChain.hash(sequence, at, actor, roles, office, action, caseReference, detail,
                    correlationId, previousHash);
            try {
                return events.insert(new AuditEvent(sequence, at, actor, roles, office, action, caseReference, detail,
                        correlationId, previousHash, hash));
            } catch (DuplicateKeyException lostRace) {
                if (attempt == MAX_ATTEMPTS) {
                    throw new IllegalStateException("Could not append to the audit log after " + attempt + " attempts", lostRace);
                }
            }
        }
    }

    /** Walks the whole chain from its first entry. */
    public ChainCheck verify() {
        long next = 1;
        String previous = AuditChain.GENESIS;
        while (true) {
            List<AuditEvent> batch = queries.batch(next, VERIFY_BATCH);
            long broken = AuditChain.firstBreak(batch, next, previous);
            if (broken >= 0) {
                return new ChainCheck(false, broken - 1, broken, previous);
            }
            if (batch.isEmpty()) {
                return new ChainCheck(true, next - 1, null, previous);
            }
            AuditEvent tail = batch.get(batch.size() - 1);
            next = tail.sequence() + 1;
            previous = tail.hash();
        }
    }

    private static String currentRoles() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return "";
        }
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).sorted().collect(Collectors.joining(","));
    }

    /**
     * @param intact          whether every entry links to its predecessor and matches its hash
     * @param eventsVerified  how many entries from the start were found intact
     * @param brokenAtSequence the first sequence number that is missing, altered or out of place
     * @param lastHash        the hash of the last intact entry; anchoring it elsewhere also exposes a cut-off tail
     */
    public record ChainCheck(boolean intact, long eventsVerified, Long brokenAtSequence, String lastHash) {
    }
}
