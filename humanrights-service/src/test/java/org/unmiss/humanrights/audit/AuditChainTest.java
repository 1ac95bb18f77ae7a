package org.unmiss.humanrights.audit;

import org.junit.jupiter.api.Test;
import org.unmiss.humanrights.audit.domain.AuditAction;
import org.unmiss.humanrights.audit.domain.AuditChain;
import org.unmiss.humanrights.audit.domain.AuditEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AuditChainTest {

    private static List<AuditEvent> chain(int length) {
        List<AuditEvent> events = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (long sequence = 1; sequence <= length; sequence++) {
            Instant at = Instant.parse("2026-11-21T06:00:00Z").plusSeconds(sequence);
            String hash = AuditChain.hash(sequence, at, "hr.senior", "HR_READ", "HQ", AuditAction.CASE_READ, "HR-2026-000001",
                    "status RECEIVED", "req-" + sequence, previous);
            events.add(new AuditEvent(sequence, at, "hr.senior", "HR_READ", "HQ", AuditAction.CASE_READ, "HR-2026-000001",
                    "status RECEIVED", "req-" + sequence, previous, hash));
            previous = hash;
        }
        return events;
    }

    @Test
    void anIntactChainHasNoBreak() {
        assertThat(AuditChain.firstBreak(chain(5), 1, AuditChain.GENESIS)).isEqualTo(-1);
    }

    @Test
    void findsAnAlteredARemovedAndAReorderedEntry() {
        List<AuditEvent> altered = chain(5);
        AuditEvent third = altered.get(2);
        altered.set(2, new AuditEvent(third.sequence(), third.at(), "someone.else", third.roles(), third.fieldOffice(),
                third.action(), third.caseReference(), third.detail(), third.correlationId(), third.previousHash(), third.hash()));
        assertThat(AuditChain.firstBreak(altered, 1, AuditChain.GENESIS)).isEqualTo(3);

        List<AuditEvent> removed = chain(5);
        removed.remove(3);
        assertThat(AuditChain.firstBreak(removed, 1, AuditChain.GENESIS)).isEqualTo(4);

        List<AuditEvent> reordered = chain(5);
        reordered.add(1, reordered.remove(2));
        assertThat(AuditChain.firstBreak(reordered, 1, AuditChain.GENESIS)).isEqualTo(2);
    }

    @Test
    void fieldBoundariesCannotBeShiftedWithoutChangingTheHash() {
        Instant at = Instant.parse("2026-11-21T06:00:00Z");
        assertThat(AuditChain.hash(1, at, "ab", "c", "HQ", AuditAction.CASE_READ, null, null, null, AuditChain.GENESIS))
                .isNotEqualTo(AuditChain.hash(1, at, "a", "bc", "HQ", AuditAction.CASE_READ, null, null, null, AuditChain.GENESIS));
    }
}
