package org.unmiss.personnel.report.domain;

import org.unmiss.personnel.person.domain.Sex;
import org.unmiss.vocabulary.ParityMeasure;
import org.unmiss.vocabulary.ParityTargets;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Women's share per group against the uniformed gender parity targets of the report's year (vocabulary
 * {@code ParityTargets}: each year its own target, none borrowed from another year). A group's target is the
 * targets of its sub-categories weighted by their head counts (a country sending mostly contingent troops is held
 * to a figure near the contingent target); groups with no targeted sub-category that year have none. The share
 * itself is measured by the vocabulary's {@code ParityMeasure}, the one computation gender-service uses too.
 *
 * @param targetYear the year whose targets apply (the year of {@code asOf})
 * @param targetNote null when every uniformed group has a target that year; otherwise says which are missing
 */
public record GenderParity(LocalDate asOf, String by, int targetYear, String targetNote, List<Row> rows, long women, long men,
                           double womenPercent) {

    /**
     * @param targetPercent null when no sub-category in the group has a target that year
     * @param meetsTarget   null when there is no target
     */
    public record Row(String key, long women, long men, long total, double womenPercent, Double targetPercent,
                      Boolean meetsTarget) {
    }

    /** From counts grouped by {@code by}, sub-category and sex. */
    public static GenderParity of(LocalDate asOf, Dimension by, List<Count> counts, ParityTargets targets) {
        int year = asOf.getYear();
        Map<String, double[]> groups = new TreeMap<>();
        boolean missing = false;
        for (Count count : counts) {
            // women, men, weighted target sum, head count with a target
            double[] g = groups.computeIfAbsent(String.valueOf(count.get(by)), k -> new double[4]);
            if (Sex.FEMALE.name().equals(count.get(Dimension.SEX))) {
                g[0] += count.count();
            } else {
                g[1] += count.count();
            }
            String subCategory = count.get(Dimension.SUB_CATEGORY);
            var target = targets.forSubCategory(year, subCategory);
            if (target.isPresent()) {
                g[2] += target.get().percent() * count.count();
                g[3] += count.count();
            } else if (org.unmiss.vocabulary.UniformedGroup.ofSubCategory(subCategory).isPresent()) {
                missing = true;
            }
        }
        List<Row> rows = groups.entrySet().stream().map(e -> {
            double[] g = e.getValue();
            long women = (long) g[0];
            long men = (long) g[1];
            ParityMeasure measure = ParityMeasure.of(women, women + men, g[3] == 0 ? null : g[2] / g[3]);
            return new Row(e.getKey(), women, men, women + men, measure.womenPercent(), measure.targetPercent(), measure.meetsTarget());
        }).toList();
        long women = rows.stream().mapToLong(Row::women).sum();
        long men = rows.stream().mapToLong(Row::men).sum();
        return new GenderParity(asOf, by.apiName(), year, missing ? targets.missing(year) : null, rows, women, men,
                ParityMeasure.of(women, women + men, null).womenPercent());
    }
}
