package org.unmiss.personnel.report.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.unmiss.personnel.person.domain.Category;
import org.unmiss.vocabulary.Ceilings;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Strength on a date broken down as asked. The rows add up to {@code total}; {@code totals} gives, for
 * each grouped dimension, the sum per value (which again adds up to {@code total}).
 *
 * @param ceilings the mission-wide figures against the ceilings in force on {@code asOf} (dated by resolution,
 *                 vocabulary {@code Ceilings}), whatever the filters
 */
public record StrengthReport(LocalDate asOf, List<String> groupBy, List<Row> rows,
                             Map<String, Map<String, Long>> totals, long total, List<Ceiling> ceilings) {

    /** One combination of the grouped dimensions; dimensions not grouped by are left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Row(String category, String subCategory, String country, String fieldOffice, String sex, long count) {

        public String value(Dimension dimension) {
            return switch (dimension) {
                case CATEGORY -> category;
                case SUB_CATEGORY -> subCategory;
                case COUNTRY -> country;
                case FIELD_OFFICE -> fieldOffice;
                case SEX -> sex;
            };
        }
    }

    /**
     * Actual strength against the ceiling in force on the report's day ({@code asOf}), with the resolution that set
     * it and its source; {@code headroom} is negative when exceeded. Where the source does not state the figure
     * (or no resolution was in force) {@code authorised}, {@code headroom} and {@code exceeded} are null.
     */
    public record Ceiling(String name, Long authorised, long actual, Long headroom, Boolean exceeded, String resolution,
                          LocalDate adopted, String source) {

        static Ceiling of(String name, Integer authorised, long actual, Optional<org.unmiss.vocabulary.Ceiling> inForce) {
            String resolution = inForce.map(c -> "S/RES/" + c.resolution()).orElse(null);
            LocalDate adopted = inForce.map(org.unmiss.vocabulary.Ceiling::adopted).orElse(null);
            String source = inForce.map(c -> c.source().url()).orElse(null);
            if (authorised == null) {
                return new Ceiling(name, null, actual, null, null, resolution, adopted, source);
            }
            return new Ceiling(name, authorised.longValue(), actual, authorised - actual, actual > authorised, resolution, adopted, source);
        }
    }

    /** Troops, police (corrections included) and corrections against the ceilings in force on {@code asOf}. */
    static List<Ceiling> ceilings(LocalDate asOf, long military, long police, long corrections) {
        Optional<org.unmiss.vocabulary.Ceiling> inForce = Ceilings.inForceOn(asOf);
        return List.of(
                Ceiling.of("TROOPS", inForce.map(org.unmiss.vocabulary.Ceiling::troops).orElse(null), military, inForce),
                Ceiling.of("POLICE", inForce.map(org.unmiss.vocabulary.Ceiling::police).orElse(null), police, inForce),
                Ceiling.of("CORRECTIONS", inForce.map(org.unmiss.vocabulary.Ceiling::corrections).orElse(null), corrections, inForce));
    }

    public static StrengthReport of(LocalDate asOf, List<Dimension> groupBy, List<Count> counts,
                                    Map<Category, Long> missionByCategory) {
        List<Row> rows = counts.stream()
                .map(c -> new Row(c.get(Dimension.CATEGORY), c.get(Dimension.SUB_CATEGORY), c.get(Dimension.COUNTRY),
                        c.get(Dimension.FIELD_OFFICE), c.get(Dimension.SEX), c.count()))
                .sorted(rowOrder(groupBy))
                .toList();
        Map<String, Map<String, Long>> totals = new LinkedHashMap<>();
        for (Dimension dimension : groupBy) {
            Map<String, Long> sums = new TreeMap<>();
            rows.forEach(r -> sums.merge(String.valueOf(r.value(dimension)), r.count(), Long::sum));
            totals.put(dimension.apiName(), sums);
        }
        long total = rows.stream().mapToLong(Row::count).sum();
        long military = missionByCategory.getOrDefault(Category.MILITARY, 0L);
        long corrections = missionByCategory.getOrDefault(Category.CORRECTIONS, 0L);
        long police = missionByCategory.getOrDefault(Category.POLICE, 0L) + corrections;
        List<Ceiling> ceilings = ceilings(asOf, military, police, corrections);
        return new StrengthReport(asOf, groupBy.stream().map(Dimension::apiName).toList(), rows, totals, total, ceilings);
    }

    private static Comparator<Row> rowOrder(List<Dimension> groupBy) {
        Comparator<Row> order = (a, b) -> 0;
        for (Dimension dimension : groupBy) {
            order = order.thenComparing(r -> r.value(dimension), Comparator.nullsLast(Comparator.naturalOrder()));
        }
        return order;
    }
}
