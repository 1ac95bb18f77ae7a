package org.unmiss.personnel.report.domain;

import org.unmiss.personnel.person.domain.SubCategory;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * UN Police strength as the mission reports it: formed police units, individual police officers and
 * corrections officers, and the regions (field offices) they serve in. {@code total} is the sum of
 * the three, and of the per-office rows.
 */
public record UnpolStrength(LocalDate asOf, long total, long formedPoliceUnits, long individualPoliceOfficers,
                            long corrections, int regions, List<Office> byFieldOffice,
                            StrengthReport.Ceiling policeCeiling, StrengthReport.Ceiling correctionsCeiling) {

    public record Office(String fieldOffice, long formedPoliceUnits, long individualPoliceOfficers, long corrections, long total) {
    }

    /** From counts grouped by sub-category and field office of POLICE and CORRECTIONS personnel. */
    public static UnpolStrength of(LocalDate asOf, List<Count> counts) {
        Map<String, long[]> offices = new TreeMap<>();
        for (Count count : counts) {
            long[] cells = offices.computeIfAbsent(count.get(Dimension.FIELD_OFFICE), o -> new long[3]);
            SubCategory sub = SubCategory.valueOf(count.get(Dimension.SUB_CATEGORY));
            int column = switch (sub) {
                case FORMED_POLICE_UNIT -> 0;
                case INDIVIDUAL_POLICE_OFFICER -> 1;
                default -> 2;
            };
            cells[column] += count.count();
        }
        List<Office> rows = offices.entrySet().stream()
                .map(e -> new Office(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2],
                        e.getValue()[0] + e.getValue()[1] + e.getValue()[2]))
                .toList();
        long fpu = rows.stream().mapToLong(Office::formedPoliceUnits).sum();
        long ipo = rows.stream().mapToLong(Office::individualPoliceOfficers).sum();
        long corrections = rows.stream().mapToLong(Office::corrections).sum();
        long total = fpu + ipo + corrections;
        List<StrengthReport.Ceiling> ceilings = StrengthReport.ceilings(asOf, 0, total, corrections);
        return new UnpolStrength(asOf, total, fpu, ipo, corrections, rows.size(), rows, ceilings.get(1), ceilings.get(2));
    }
}
