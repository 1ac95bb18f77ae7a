package org.unmiss.personnel.report.domain;

import org.unmiss.personnel.person.domain.DeploymentStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Counting people on strength from stints: the rules, free of the store, so they can be unit-tested. */
public final class Strength {

    private Strength() {
    }

    /** People on strength on {@code asOf} matching {@code filter}, per combination of {@code groupBy} values. */
    public static List<Count> count(List<Stint> stints, LocalDate asOf, StrengthFilter filter, List<Dimension> groupBy) {
        Map<List<String>, long[]> cells = new HashMap<>();
        for (Stint stint : stints) {
            if (stint.onStrengthOn(asOf) && stint.matches(filter)) {
                List<String> key = new ArrayList<>(groupBy.size());
                for (Dimension dimension : groupBy) {
                    key.add(stint.value(dimension));
                }
                cells.computeIfAbsent(key, k -> new long[1])[0]++;
            }
        }
        List<Count> counts = new ArrayList<>(cells.size());
        cells.forEach((key, n) -> {
            Map<Dimension, String> named = new EnumMap<>(Dimension.class);
            for (int i = 0; i < groupBy.size(); i++) {
                named.put(groupBy.get(i), key.get(i));
            }
            counts.add(new Count(named, n[0]));
        });
        return counts;
    }

    /** Active deployments planned to end by {@code until}, per unit, office and end date. */
    public static List<RotationsDue.Row> rotationsDue(List<Stint> stints, LocalDate today, LocalDate until, String fieldOffice) {
        Map<List<Object>, long[]> groups = new HashMap<>();
        for (Stint stint : stints) {
            if (stint.status() == DeploymentStatus.ACTIVE && !stint.end().isAfter(until)
                    && (fieldOffice == null || fieldOffice.equals(stint.fieldOffice()))) {
                groups.computeIfAbsent(java.util.Arrays.asList(stint.unitCode(), stint.fieldOffice(), stint.end()), k -> new long[1])[0]++;
            }
        }
        List<RotationsDue.Row> rows = new ArrayList<>();
        groups.forEach((key, n) -> {
            LocalDate end = (LocalDate) key.get(2);
            rows.add(new RotationsDue.Row((String) key.get(0), (String) key.get(1), end, n[0], end.isBefore(today)));
        });
        rows.sort(java.util.Comparator.comparing(RotationsDue.Row::endDate).thenComparing(RotationsDue.Row::fieldOffice)
                .thenComparing(RotationsDue.Row::unitCode, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
        return rows;
    }
}
