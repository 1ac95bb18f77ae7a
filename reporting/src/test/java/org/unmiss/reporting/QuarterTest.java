package org.unmiss.reporting;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuarterTest {

    @Test
    void aQuarterRunsFromItsFirstDayToItsLastWhichIsTheAsOfDate() {
        Quarter q4 = Quarter.parse("2025-Q4");
        assertThat(q4.firstDay()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(q4.lastDay()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(Quarter.parse("2024-Q1").lastDay()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(Quarter.parse(" 2025-Q2 ").lastDay()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(q4).hasToString("2025-Q4");
    }

    @Test
    void anythingButYearDashQNumberIsRefusedSayingWhatWasExpected() {
        for (String bad : new String[]{"2025-Q5", "2025-Q0", "2025Q4", "25-Q4", "2025-q4", "", "Q4-2025"}) {
            assertThatThrownBy(() -> Quarter.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("2025-Q4");
        }
        assertThatThrownBy(() -> Quarter.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDefaultIsTheLastQuarterThatHasEnded() {
        assertThat(Quarter.lastCompleteBefore(LocalDate.of(2026, 1, 15))).isEqualTo(new Quarter(2025, 4));
        assertThat(Quarter.lastCompleteBefore(LocalDate.of(2026, 12, 3))).isEqualTo(new Quarter(2026, 3));
        assertThat(Quarter.lastCompleteBefore(LocalDate.of(2026, 4, 1))).isEqualTo(new Quarter(2026, 1));
    }
}
