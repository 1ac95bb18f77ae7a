package org.unmiss.humanrights.audit;

import org.junit.jupiter.api.Test;
import org.unmiss.humanrights.audit.domain.AuditAction;
import org.unmiss.humanrights.audit.domain.AuditChain;
import org.unmiss.humanrights.audit.domain.AuditEvent;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditChainTest {

    private static final AuditChain CHAIN = AuditChain.withKey(Base64.getEncoder().encodeToString(
            "a test key of thirty-two bytes!!".getBytes(StandardCharsets.US_ASCII)));

    private static List<AuditEvent> chain(AuditChain keyed, int length) {
        List<AuditEvent> events = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (long sequence = 1; sequence <= length; sequence++) {
            Instant at = Instant.parse("2026-11-21T06:00:00Z").plusSeconds(sequence);
            String mac = keyed.mac(sequence, at, "hr.senior", "HR_READ", "HQ", AuditAction.CASE_READ, "HR-2026-000001",
                    "status RECEIVED", "req-" + sequence, previous);
            events.add(new AuditEvent(sequence, at, "hr.senior", "HR_READ", "HQ", AuditAction.CASE_READ, "HR-2026-000001",
                    "status RECEIVED", "req-" + sequence, previous, mac));
            previous = mac;
        }
        return events;
    }

    @Test
    void anIntactChainHasNoBreak() {
        assertThat(CHAIN.firstBreak(chain(CHAIN, 5), 1, AuditChain.GENESIS)).isEqualTo(-1);
    }

    @Test
    void findsAnAlteredARemovedAndAReorderedEntry() {
        List<AuditEvent> altered = chain(CHAIN, 5);
        AuditEvent third = altered.get(2);
        altered.set(2, new AuditEvent(third.sequence(), third.at(), "someone.else", third.roles(), third.fieldOffice(),
                third.action(), third.caseReference(), third.detail(), third.correlationId(), third.previousMac(), third.mac()));
        assertThat(CHAIN.firstBreak(altered, 1, AuditChain.GENESIS)).isEqualTo(3);

        List<AuditEvent> removed = chain(CHAIN, 5);
        removed.remove(3);
        assertThat(CHAIN.firstBreak(removed, 1, AuditChain.GENESIS)).isEqualTo(4);

        List<AuditEvent> reordered = chain(CHAIN, 5);
        reordered.add(1, reordered.remove(2));
        assertThat(CHAIN.firstBreak(reordered, 1, AuditChain.GENESIS)).isEqualTo(2);
    }

    @Test
    void aChainRewrittenWithoutTheKeyDoesNotVerify() throws Exception {
        // What an attacker with store access could do against a plain hash chain: recompute every link.
        List<AuditEvent> forged = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (AuditEvent e : chain(CHAIN, 3)) {
            String canonical = e.sequence() + "|" + e.at() + "|someone.else|" + e.detail() + "|" + previous;
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
            forged.add(new AuditEvent(e.sequence(), e.at(), "someone.else", e.roles(), e.fieldOffice(), e.action(),
                    e.caseReference(), e.detail(), e.correlationId(), previous, hash));
            previous = hash;
        }
        assertThat(CHAIN.firstBreak(forged, 1, AuditChain.GENESIS)).isEqualTo(1);

        // ... or recompute it with a key of their own
        AuditChain otherKey = AuditChain.withKey(Base64.getEncoder().encodeToString(new byte[32]));
        assertThat(CHAIN.firstBreak(chain(otherKey, 3), 1, AuditChain.GENESIS)).isEqualTo(1);
    }

    @Test
    void refusesAShortOrMalformedKey() {
        assertThatThrownBy(() -> AuditChain.withKey(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("at least 32 bytes");
        assertThatThrownBy(() -> AuditChain.withKey("not base64!")).hasMessageContaining("not base64");
    }

    @Test
    void fieldBoundariesCannotBeShiftedWithoutChangingTheMac() {
        Instant at = Instant.parse("2026-11-21T06:00:00Z");
        assertThat(CHAIN.mac(1, at, "ab", "c", "HQ", AuditAction.CASE_READ, null, null, null, AuditChain.GENESIS))
                .isNotEqualTo(CHAIN.mac(1, at, "a", "bc", "HQ", AuditAction.CASE_READ, null, null, null, AuditChain.GENESIS));
    }
}
