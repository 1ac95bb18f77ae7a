package org.unmiss.personnel.report.domain;

import org.unmiss.personnel.person.domain.Sex;
import org.unmiss.personnel.person.domain.SubCategory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Women's share per group against the uniformed gender parity targets. A group's target is the
 * targets of its sub-categories weighted by their head counts (a country sending mostly contingent
 * troops is held to a figure near the contingent target); groups with no targeted sub-category have none.
 */
public record GenderParity(LocalDate asOf, String by, List<Row> rows, long women, long men, double womenPercent) {

    /**
     * @param targetPercent null when no sub-category in the group has a target
     * @param meetsTarget   null when there is no target
     */
    public record Row(String key, long women, long men, long total, double womenPercent, Double targetPercent,
                      Boolean meetsTarget) {
    }

    /** From counts grouped by {@code by}, sub-category and sex. */
    public static GenderParity of(LocalDate asOf, Dimension by, List<Count> counts, Map<SubCategory, Double> targets) {
        Map<String, double[]> groups = new TreeMap<>();
        for (Count count : counts) {
            // women, men, weighted target sum, head count with a target
            double[] g = groups.computeIfAbsent(String.valueOf(count.get(by)), k -> new double[4]);
            if (Sex.FEMALE.name().equals(count.get(Dimension.SEX))) {
                g[0] += count.count();
            } else {
                g[1] += count.count();
            }
            Double target = targets.get(SubCategory.valueOf(count.get(Dimension.SUB_CATEGORY)));
            if (target != null) {
                g[2] += target * count.count();
                g[3] += count.count();
            }
        }
        List<Row> rows = groups.entrySet().stream().map(e -> {
            double[] g = e.getValue();
            long women = (long) g[0];
            long men = (long) g[1];
            double share = percent(women, women + men);
            Double target = g[3] == 0 ? null : round(g[2] / g[3]);
            return new Row(e.getKey(), women, men, women + men, share, target, target == null ? null : share >= target);
        }).toList();
        long women = rows.stream().mapToLong(Row::women).sum();
        long men = rows.stream().mapToLong(Row::men).sum();
        return new GenderParity(asOf, by.apiName(), rows, women, men, percent(women, women + men));
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0 : round(100.0 * part / whole);
    }

    private static double round(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
