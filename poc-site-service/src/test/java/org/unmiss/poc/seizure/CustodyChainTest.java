package org.unmiss.poc.seizure;

import org.junit.jupiter.api.Test;
import org.unmiss.kit.problem.ConflictException;
import org.unmiss.kit.problem.InvalidRequestException;
import org.unmiss.poc.seizure.domain.CustodyEventType;
import org.unmiss.poc.seizure.domain.CustodyStatus;
import org.unmiss.poc.seizure.domain.ItemType;
import org.unmiss.poc.seizure.domain.SeizedItem;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CustodyChainTest {

    private static final Instant SEIZED = Instant.parse("2026-03-02T07:30:00Z");

    private final SeizedItem item = SeizedItem.seized("SZ-2026-000001", "CS-2026-000001", "BENTIU", "BENTIU",
            ItemType.FIREARM, 1, null, "FPU-1", SEIZED, "Store A", "officer", SEIZED);

    @Test
    void startsDepositedAndGrowsByAppendingOnly() {
        assertThat(item.status()).isEqualTo(CustodyStatus.HELD);
        assertThat(item.custody()).singleElement().satisfies(e -> assertThat(e.type()).isEqualTo(CustodyEventType.DEPOSITED));
        SeizedItem moved = item.append(CustodyEventType.TRANSFERRED, SEIZED.plusSeconds(3600), "officer", "Store B", null,
                "officer", SEIZED, 0);
        SeizedItem forwarded = moved.append(CustodyEventType.FORWARDED, SEIZED.plusSeconds(7200), "officer", "SSNPS", null,
                "officer", SEIZED, 1);
        assertThat(forwarded.custody()).extracting(e -> e.sequence() + ":" + e.type())
                .containsExactly("1:DEPOSITED", "2:TRANSFERRED", "3:FORWARDED");
        assertThat(moved.heldAt()).isEqualTo("Store B");
        assertThat(forwarded.status()).isEqualTo(CustodyStatus.FORWARDED);
        assertThat(forwarded.heldAt()).isNull();
        // the earlier states are untouched values: nothing in a chain is rewritten
        assertThat(moved.custody()).hasSize(2);
    }

    @Test
    void nothingFollowsTheEndOfCustody() {
        SeizedItem destroyed = item.append(CustodyEventType.DESTROYED, SEIZED.plusSeconds(60), "board", "Destruction board",
                null, "officer", SEIZED, 0);
        assertThatThrownBy(() -> destroyed.append(CustodyEventType.RETURNED_TO_OWNER, SEIZED.plusSeconds(120), "x", "owner",
                null, "officer", SEIZED, 1)).isInstanceOf(ConflictException.class).hasMessageContaining("DESTROYED");
    }

    @Test
    void eventsKeepTimeOrderAndDepositOnlyOnce() {
        assertThatThrownBy(() -> item.append(CustodyEventType.TRANSFERRED, SEIZED.minusSeconds(1), "x", "Store B", null,
                "officer", SEIZED, 0)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> item.append(CustodyEventType.DEPOSITED, SEIZED.plusSeconds(1), "x", "Store B", null,
                "officer", SEIZED, 0)).isInstanceOf(ConflictException.class);
    }
}
