package org.unmiss.humanrights.report.api;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.unmiss.humanrights.hrcase.domain.AgeGroup;
import org.unmiss.humanrights.hrcase.domain.Sex;
import org.unmiss.humanrights.hrcase.domain.ViolationType;
import org.unmiss.humanrights.report.domain.Cells;
import org.unmiss.humanrights.report.domain.Overlaps;
import org.unmiss.humanrights.report.persistence.FigureBook;
import org.unmiss.kit.security.FieldOfficeScope;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reports read from the counted cells (ADR 0038): whole months of the period from the partitions, a month the
 * period covers only in part summed from that part's cases. They answer exactly what {@link CaseReports} sums from the
 * cases ({@code FiguresEquivalenceTest}).
 */
@Component
@RequiredArgsConstructor
public class FigureReports implements Reports {

    private final FigureBook book;

    @Override
    public MrmReport mrm(FieldOfficeScope offices, LocalDate from, LocalDate to, boolean withReported) {
        Map<ViolationType, long[]> verified = new EnumMap<>(ViolationType.class);
        Map<ViolationType, long[]> reported = new EnumMap<>(ViolationType.class);
        Cells all = total(cells(offices, from, to));
        all.nonZero().forEach((key, cell) -> {
            String[] k = key.split("\\|");
            if (k[0].equals("T")) {
                long[] sum = (k[1].equals("V") ? verified : reported).computeIfAbsent(ViolationType.valueOf(k[2]), t -> new long[3]);
                sum[0] += cell[0];
                sum[2] += cell[2];
            }
        });
        return MrmReport.of(from, to, grave -> mrmCount(verified, grave) - overlap(all, "V", grave),
                withReported ? grave -> mrmCount(reported, grave) - overlap(all, "R", grave) : null);
    }

    /** What an MRM line counts more than once: child victims (or victims) linked to several of its acts (ADR 0090). */
    static long overlap(Cells cells, String basis, ViolationType.Grave grave) {
        return grave.countsVictims() ? Overlaps.children(cells, basis, Overlaps.grave(grave)) : 0;
    }

    private static Cells total(Map<YearMonth, Cells> byMonth) {
        Cells sum = new Cells();
        byMonth.values().forEach(c -> sum.add(c, 1));
        return sum;
    }

    @Override
    public MaraReport mara(FieldOfficeScope offices, LocalDate from, LocalDate to) {
        long[] totals = new long[2];
        List<MaraReport.Line> lines = new ArrayList<>();
        Map<YearMonth, Cells> byMonth = cells(offices, from, to);
        totals[1] -= Overlaps.victims(total(byMonth), "V", Overlaps.CRSV);
        byMonth.forEach((month, cells) -> cells.nonZero().forEach((key, cell) -> {
            String[] k = key.split("\\|");
            if (k[0].equals("T") && k[1].equals("V") && ViolationType.valueOf(k[2]).isCrsv()) {
                totals[0] += cell[0];
                totals[1] += cell[1];
            } else if (k[0].equals("P")) {
                lines.add(new MaraReport.Line(month.toString(), ViolationType.valueOf(k[1]), k[2], state(k[3]), cell[0], cell[1]));
            }
        }));
        lines.sort(Comparator.comparing(MaraReport.Line::month).thenComparing(MaraReport.Line::type)
                .thenComparing(MaraReport.Line::partyCode).thenComparing(MaraReport.Line::state, Comparator.nullsFirst(Comparator.naturalOrder())));
        return new MaraReport(from, to, totals[0], totals[1], lines, null);
    }

    @Override
    public HarmReport harm(FieldOfficeScope offices, LocalDate from, LocalDate to) {
        Map<String, long[]> byQuarter = new TreeMap<>();
        Map<YearMonth, Cells> byMonth = cells(offices, from, to);
        byMonth.forEach((month, cells) -> cells.nonZero().forEach((key, cell) -> {
            String[] k = key.split("\\|");
            if (k[0].equals("T") && k[1].equals("V") && ViolationType.valueOf(k[2]).harm() != null) {
                String quarter = month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
                byQuarter.computeIfAbsent(quarter, q -> new long[ViolationType.Harm.values().length])
                        [ViolationType.valueOf(k[2]).harm().ordinal()] += cell[1];
            }
        }));
        byMonth.forEach((month, cells) -> {
            long[] quarter = byQuarter.get(month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1));
            for (ViolationType.Harm h : ViolationType.Harm.values()) {
                if (quarter != null) {
                    quarter[h.ordinal()] -= Overlaps.victims(cells, "V", Overlaps.harm(h));
                }
            }
        });
        return HarmReport.of(from, to, byQuarter);
    }

    @Override
    public QuarterlyBrief brief(FieldOfficeScope offices, String quarter, LocalDate from, LocalDate to) {
        Map<ViolationType, long[]> byType = new EnumMap<>(ViolationType.class);
        Map<String, Long> byParty = new TreeMap<>();
        Map<String, Long> byState = new TreeMap<>();
        Map<String, Long> byMonth = new TreeMap<>();
        Map<Sex, Map<AgeGroup, Long>> bySexAndAge = new EnumMap<>(Sex.class);
        long[] harm = new long[ViolationType.Harm.values().length];
        long[] totals = new long[5]; // cases, late, hate speech, violations, victims
        Map<YearMonth, Cells> monthCells = cells(offices, from, to);
        Cells all = total(monthCells);
        totals[4] -= Overlaps.victims(all, "V", Overlaps.ALL);
        for (ViolationType.Harm h : ViolationType.Harm.values()) {
            harm[h.ordinal()] -= Overlaps.victims(all, "V", Overlaps.harm(h));
        }
        monthCells.forEach((month, cells) -> cells.nonZero().forEach((key, cell) -> {
            String[] k = key.split("\\|");
            switch (k[0]) {
                case Cells.VERIFIED_CASES -> {
                    totals[0] += cell[0];
                    totals[1] += cell[1];
                    totals[2] += cell[2];
                }
                case "T" -> {
                    if (k[1].equals("V") && cell[0] > 0) {
                        ViolationType type = ViolationType.valueOf(k[2]);
                        totals[3] += cell[0];
                        totals[4] += cell[1];
                        long[] t = byType.computeIfAbsent(type, x -> new long[2]);
                        t[0] += cell[0];
                        t[1] += cell[1];
                        byState.merge(k[3].equals(Cells.NO_STATE) ? "UNKNOWN" : k[3], cell[0], Long::sum);
                        byMonth.merge(month.toString(), cell[0], Long::sum);
                        if (type.harm() != null) {
                            harm[type.harm().ordinal()] += cell[1];
                        }
                    }
                }
                case "Q" -> byParty.merge(k[1], cell[0], Long::sum);
                case "S" -> bySexAndAge.computeIfAbsent(Sex.valueOf(k[1]), s -> new EnumMap<>(AgeGroup.class))
                        .merge(AgeGroup.valueOf(k[2]), cell[1] - Overlaps.victims(cells, "V", Overlaps.sexAndAge(k[1], k[2])),
                                Long::sum);
                default -> {
                    // K: cases of any status, for the book's own check
                }
            }
        }));
        List<QuarterlyBrief.TypeCount> types = byType.entrySet().stream()
                .map(e -> new QuarterlyBrief.TypeCount(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        List<QuarterlyBrief.SexAgeCount> sexAge = bySexAndAge.entrySet().stream()
                .flatMap(s -> s.getValue().entrySet().stream().map(a -> new QuarterlyBrief.SexAgeCount(s.getKey(), a.getKey(), a.getValue())))
                .toList();
        long cases = totals[0];
        return new QuarterlyBrief(quarter, from, to, cases, totals[3], totals[4], types, keyCounts(byParty), keyCounts(byState),
                keyCounts(byMonth), sexAge, new QuarterlyBrief.Harm(harm[0], harm[1], harm[2], harm[3]), totals[1],
                cases == 0 ? 0 : Math.round(1000.0 * totals[1] / cases) / 1000.0, totals[2], null);
    }

    /** The cells of the period per month: whole months from the book, the part-covered first and last months from their cases. */
    Map<YearMonth, Cells> cells(FieldOfficeScope offices, LocalDate from, LocalDate to) {
        Map<YearMonth, Cells> partial = new TreeMap<>();
        YearMonth wholeFrom = from == null ? null : YearMonth.from(from);
        YearMonth wholeTo = to == null ? null : YearMonth.from(to);
        if (from != null && from.getDayOfMonth() != 1) {
            LocalDate end = YearMonth.from(from).atEndOfMonth();
            partial.put(YearMonth.from(from), book.fromCases(offices, from, to != null && to.isBefore(end) ? to : end));
            wholeFrom = wholeFrom.plusMonths(1);
        }
        if (to != null && !to.equals(YearMonth.from(to).atEndOfMonth())) {
            if (!partial.containsKey(YearMonth.from(to))) {
                LocalDate start = YearMonth.from(to).atDay(1);
                partial.put(YearMonth.from(to), book.fromCases(offices, from != null && from.isAfter(start) ? from : start, to));
            }
            wholeTo = wholeTo.minusMonths(1);
        }
        Map<YearMonth, Cells> result = wholeFrom != null && wholeTo != null && wholeFrom.isAfter(wholeTo)
                ? new TreeMap<>() : book.months(offices, wholeFrom, wholeTo);
        partial.forEach((month, cells) -> result.merge(month, cells, (a, b) -> a.add(b, 1)));
        return result;
    }

    private static String state(String key) {
        return key.equals(Cells.NO_STATE) ? null : key;
    }

    private static long mrmCount(Map<ViolationType, long[]> totals, ViolationType.Grave grave) {
        return ViolationType.of(grave).stream().map(t -> totals.getOrDefault(t, new long[3]))
                .mapToLong(t -> grave.countsVictims() ? t[2] : t[0]).sum();
    }

    private static List<QuarterlyBrief.KeyCount> keyCounts(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> new QuarterlyBrief.KeyCount(e.getKey(), e.getValue())).toList();
    }
}
