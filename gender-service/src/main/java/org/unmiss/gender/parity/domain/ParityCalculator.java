package org.unmiss.gender.parity.domain;

import org.unmiss.gender.personnel.domain.StrengthCount;
import org.unmiss.vocabulary.ParityMeasure;
import org.unmiss.vocabulary.ParityTarget;
import org.unmiss.vocabulary.ParityTargets;
import org.unmiss.vocabulary.UniformedGroup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Women's share per category and sub-category and per contributing country, against the targets of the figures'
 * own year (vocabulary {@code ParityTargets}); the share and gap are measured by the vocabulary's
 * {@code ParityMeasure}, the computation personnel-service's parity report uses too (issue 13 point 5).
 */
public final class ParityCalculator {

    private static final List<String> CATEGORY_ORDER = List.of("MILITARY", "POLICE", "CORRECTIONS", "CIVILIAN");

    private ParityCalculator() {
    }

    /** A line per sub-category (with its target) after a total line per category (without one). */
    public static List<ParityLine> byCategory(List<StrengthCount> counts, ParityTargets targets, int year) {
        List<StrengthCount> ordered = counts.stream().sorted(Comparator
                .comparing((StrengthCount c) -> categoryRank(c.category()))
                .thenComparing(c -> String.valueOf(c.category()))
                .thenComparing(c -> String.valueOf(c.subCategory()))).toList();
        Map<String, List<StrengthCount>> byCategory = group(ordered, StrengthCount::category);
        List<ParityLine> lines = new ArrayList<>();
        byCategory.forEach((category, inCategory) -> {
            lines.add(line(category, null, null, inCategory, null));
            group(inCategory, StrengthCount::subCategory).forEach((sub, inSub) -> {
                if (sub != null) {
                    lines.add(line(category, sub, null, inSub, targets.forSubCategory(year, sub).map(ParityTarget::percent).orElse(null)));
                }
            });
        });
        return lines;
    }

    /**
     * A line per country, the largest contributors first, each against the year's military contingent target (the
     * lowest uniformed target: the figures per country carry no sub-category to weight by); none when the year has none.
     */
    public static List<ParityLine> byCountry(List<StrengthCount> counts, ParityTargets targets, int year) {
        List<ParityLine> lines = new ArrayList<>();
        Double countryTarget = targets.target(year, UniformedGroup.MILITARY_CONTINGENTS).map(ParityTarget::percent).orElse(null);
        group(counts, StrengthCount::country).forEach((country, inCountry) ->
                lines.add(line(null, null, country, inCountry, countryTarget)));
        lines.sort(Comparator.comparingLong(ParityLine::total).reversed().thenComparing(l -> String.valueOf(l.country())));
        return lines;
    }

    static ParityLine line(String category, String subCategory, String country, List<StrengthCount> counts, Double target) {
        long female = counts.stream().filter(StrengthCount::female).mapToLong(StrengthCount::count).sum();
        long male = counts.stream().filter(StrengthCount::male).mapToLong(StrengthCount::count).sum();
        long total = counts.stream().mapToLong(StrengthCount::count).sum();
        ParityMeasure measure = ParityMeasure.of(female, total, target);
        return new ParityLine(category, subCategory, country, female, male, total, measure.womenPercent(), measure.targetPercent(),
                measure.gapPercentagePoints(), measure.meetsTarget());
    }

    private static int categoryRank(String category) {
        int rank = CATEGORY_ORDER.indexOf(category);
        return rank < 0 ? CATEGORY_ORDER.size() : rank;
    }

    private static Map<String, List<StrengthCount>> group(List<StrengthCount> counts, Function<StrengthCount, String> key) {
        Map<String, List<StrengthCount>> groups = new LinkedHashMap<>();
        counts.forEach(c -> groups.computeIfAbsent(key.apply(c), k -> new ArrayList<>()).add(c));
        return groups;
    }
}
