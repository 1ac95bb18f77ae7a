package org.unmiss.personnel.report.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.unmiss.personnel.person.domain.Category;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Strength on a date broken down as asked. The rows add up to {@code total}; {@code totals} gives, for
 * each grouped dimension, the sum per value (which again adds up to {@code total}).
 *
 * @param ceilings the mission-wide figures against the authorised ceilings, whatever the filters
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

    /** Actual strength against an authorised ceiling; {@code headroom} is negative when exceeded. */
    public record Ceiling(String name, long authorised, long actual, long headroom, boolean exceeded) {

        static Ceiling of(String name, long authorised, long actual) {
            return new Ceiling(name, authorised, actual, authorised - actual, actual > authorised);
        }
    }

    public static StrengthReport of(LocalDate asOf, List<Dimension> groupBy, List<Count> counts,
                                    Map<Category, Long> missionByCategory, ReportSettings.Ceilings limits) {
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
        List<Ceiling> ceilings = List.of(
                Ceiling.of("TROOPS", limits.troops(), military),
                Ceiling.of("POLICE", limits.police(), police),
                Ceiling.of("CORRECTIONS", limits.corrections(), corrections));
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
