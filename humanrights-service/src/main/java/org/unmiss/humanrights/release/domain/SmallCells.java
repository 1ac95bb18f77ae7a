package org.unmiss.humanrights.release.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which cells of a released table are withheld from partners (ADR 0098): every cell with a count between 1 and
 * {@code threshold − 1} (primary), then, because a table's withheld remainder can be worked out from its total, the
 * smallest published non-zero cells one by one until every withheld sum is 0 or at least the threshold (secondary).
 * A cell has one or more counts (violations, victims); it is small when any of them is. Zeros are never withheld.
 */
public final class SmallCells {

    private SmallCells() {
    }

    /** Whether {@code count} would identify too few people or events to publish. */
    public static boolean small(long count, int threshold) {
        return count > 0 && count < threshold;
    }

    /** The indexes of {@code cells} (each cell its counts, all cells of one width) to withhold. */
    public static Set<Integer> withhold(List<long[]> cells, int threshold) {
        Set<Integer> withheld = new TreeSet<>();
        for (int i = 0; i < cells.size(); i++) {
            if (anySmall(cells.get(i), threshold)) {
                withheld.add(i);
            }
        }
        if (withheld.isEmpty()) {
            return withheld;
        }
        List<Integer> published = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (!withheld.contains(i) && total(cells.get(i)) > 0) {
                published.add(i);
            }
        }
        published.sort(Comparator.comparingLong(i -> total(cells.get(i))));
        while (remainderSmall(cells, withheld, threshold) && !published.isEmpty()) {
            withheld.add(published.remove(0));
        }
        return withheld;
    }

    private static boolean remainderSmall(List<long[]> cells, Set<Integer> withheld, int threshold) {
        int width = cells.get(0).length;
        for (int d = 0; d < width; d++) {
            long sum = 0;
            for (int i : withheld) {
                sum += cells.get(i)[d];
            }
            if (small(sum, threshold)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anySmall(long[] counts, int threshold) {
        for (long count : counts) {
            if (small(count, threshold)) {
                return true;
            }
        }
        return false;
    }

    private static long total(long[] counts) {
        long sum = 0;
        for (long count : counts) {
            sum += count;
        }
        return sum;
    }
}
