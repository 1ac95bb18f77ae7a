package org.unmiss.humanrights.release;

import org.junit.jupiter.api.Test;
import org.unmiss.humanrights.release.domain.SmallCells;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The small-cell rule of released figures (ADR 0098), one class, no store. */
class SmallCellsTest {

    private static List<long[]> cells(long... counts) {
        return java.util.Arrays.stream(counts).mapToObj(c -> new long[]{c}).toList();
    }

    @Test
    void nothingIsWithheldWhenEveryCellIsZeroOrAtLeastTheThreshold() {
        assertThat(SmallCells.withhold(cells(0, 5, 12, 0), 5)).isEmpty();
    }

    @Test
    void aSmallCellIsWithheldWithTheSmallestOtherSoTheRemainderIsNotSmall() {
        // 3 alone could be worked out from the total: the 6 goes with it (9 withheld), the 40 stays
        assertThat(SmallCells.withhold(cells(40, 3, 6, 0), 5)).containsExactly(1, 2);
    }

    @Test
    void twoSmallCellsThatTogetherReachTheThresholdNeedNoMore() {
        assertThat(SmallCells.withhold(cells(2, 3, 50), 5)).containsExactly(0, 1);
    }

    @Test
    void aCellIsSmallWhenAnyOfItsCountsIs() {
        assertThat(SmallCells.withhold(List.of(new long[]{7, 2}, new long[]{9, 20}, new long[]{30, 30}), 5))
                .containsExactly(0, 1);
    }

    @Test
    void whenEverythingIsSmallEverythingIsWithheld() {
        assertThat(SmallCells.withhold(cells(1, 1), 5)).containsExactly(0, 1);
        assertThat(SmallCells.small(0, 5)).isFalse();
        assertThat(SmallCells.small(4, 5)).isTrue();
        assertThat(SmallCells.small(5, 5)).isFalse();
    }
}
