package org.unmiss.humanrights.report.api;

import org.unmiss.humanrights.release.domain.SmallCells;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Released figures as partners and reporting tools receive them (ADR 0098): every figure counting between 1 and
 * the threshold minus one is withheld, and so are the next smallest of its table until what was withheld from it
 * cannot be worked out as a small number ({@link SmallCells}). List entries are left out; numbers that are fields
 * are answered as 0; both are named in the answer's {@link ReleaseNote}. A period whose own totals are small gives
 * nothing but zeros.
 */
final class PartnerFigures {

    private PartnerFigures() {
    }

    /** What is withheld from one answer, collected while it is rebuilt. */
    private record Withheld(int threshold, List<String> names) {

        boolean small(long count) {
            return SmallCells.small(count, threshold);
        }

        /** {@code value}, or 0 with {@code name} withheld when it is small. */
        long keep(long value, String name) {
            if (small(value)) {
                names.add(name);
                return 0;
            }
            return value;
        }

        <T> List<T> keep(List<T> rows, String list, Function<T, long[]> counts, Function<T, String> key) {
            Set<Integer> out = SmallCells.withhold(rows.stream().map(counts).toList(), threshold);
            List<T> kept = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (out.contains(i)) {
                    names.add(list + "[" + key.apply(rows.get(i)) + "]");
                } else {
                    kept.add(rows.get(i));
                }
            }
            return kept;
        }

        ReleaseNote note(ReleaseNote released) {
            return new ReleaseNote(released.quarter(), released.releasedAt(), threshold, List.copyOf(names));
        }
    }

    private static Withheld withheld(ReleaseNote released) {
        return new Withheld(released.smallCellThreshold(), new ArrayList<>());
    }

    static MrmReport mrm(MrmReport report, ReleaseNote released) {
        Withheld w = withheld(released);
        // six lines of different counting units and no total: each line stands alone
        List<MrmReport.Line> lines = report.lines().stream().filter(l -> {
            if (w.small(l.verified())) {
                w.names().add("lines[" + l.graveViolation() + "]");
                return false;
            }
            return true;
        }).map(l -> new MrmReport.Line(l.graveViolation(), l.countingUnit(), l.verified(), null)).toList();
        return new MrmReport(report.from(), report.to(), lines, w.note(released));
    }

    static MaraReport mara(MaraReport report, ReleaseNote released) {
        Withheld w = withheld(released);
        if (w.small(report.violations()) || w.small(report.victims())) {
            w.names().addAll(List.of("violations", "victims", "lines"));
            return new MaraReport(report.from(), report.to(), 0, 0, List.of(), w.note(released));
        }
        List<MaraReport.Line> lines = w.keep(report.lines(), "lines", l -> new long[]{l.violations(), l.victims()},
                l -> l.month() + "|" + l.type() + "|" + l.partyCode() + "|" + l.state());
        return new MaraReport(report.from(), report.to(), report.violations(), report.victims(), lines, w.note(released));
    }

    static HarmReport harm(HarmReport report, ReleaseNote released) {
        Withheld w = withheld(released);
        List<HarmReport.Quarter> quarters = new ArrayList<>();
        for (HarmReport.Quarter q : report.quarters()) {
            if (w.small(q.total())) {
                w.names().add("quarters[" + q.quarter() + "]");
                continue;
            }
            long[] parts = {q.killed(), q.injured(), q.abducted(), q.crsv()};
            String[] names = {"killed", "injured", "abducted", "crsv"};
            List<long[]> cells = new ArrayList<>();
            for (long part : parts) {
                cells.add(new long[]{part});
            }
            for (int i : SmallCells.withhold(cells, w.threshold())) {
                parts[i] = 0;
                w.names().add("quarters[" + q.quarter() + "]." + names[i]);
            }
            quarters.add(new HarmReport.Quarter(q.quarter(), parts[0], parts[1], parts[2], parts[3], q.total()));
        }
        return new HarmReport(report.from(), report.to(), quarters, w.note(released));
    }

    static QuarterlyBrief brief(QuarterlyBrief b, ReleaseNote released) {
        Withheld w = withheld(released);
        if (w.small(b.cases()) || w.small(b.violations()) || w.small(b.victims())) {
            w.names().addAll(List.of("cases", "violations", "victims", "byType", "byParty", "byState", "byMonth",
                    "victimsBySexAndAgeGroup", "formsOfHarm", "lateVerifications", "hateSpeechIncidents"));
            return new QuarterlyBrief(b.quarter(), b.from(), b.to(), 0, 0, 0, List.of(), List.of(), List.of(), List.of(),
                    List.of(), new QuarterlyBrief.Harm(0, 0, 0, 0), 0, 0, 0, w.note(released));
        }
        var byType = w.keep(b.byType(), "byType", t -> new long[]{t.violations(), t.victims()}, t -> t.type().name());
        var byParty = w.keep(b.byParty(), "byParty", k -> new long[]{k.violations()}, QuarterlyBrief.KeyCount::key);
        var byState = w.keep(b.byState(), "byState", k -> new long[]{k.violations()}, QuarterlyBrief.KeyCount::key);
        var byMonth = w.keep(b.byMonth(), "byMonth", k -> new long[]{k.violations()}, QuarterlyBrief.KeyCount::key);
        var bySexAndAge = w.keep(b.victimsBySexAndAgeGroup(), "victimsBySexAndAgeGroup", s -> new long[]{s.victims()},
                s -> s.sex() + "|" + s.ageGroup());
        QuarterlyBrief.Harm h = b.formsOfHarm();
        long[] harm = {h.killed(), h.injured(), h.abducted(), h.crsv()};
        String[] harmNames = {"killed", "injured", "abducted", "crsv"};
        List<long[]> harmCells = new ArrayList<>();
        for (long part : harm) {
            harmCells.add(new long[]{part});
        }
        for (int i : SmallCells.withhold(harmCells, w.threshold())) {
            harm[i] = 0;
            w.names().add("formsOfHarm." + harmNames[i]);
        }
        long late = w.keep(b.lateVerifications(), "lateVerifications");
        if (late != b.lateVerifications()) {
            w.names().add("lateVerificationRate"); // the rate times the cases would give the late count back
        }
        long hateSpeech = w.keep(b.hateSpeechIncidents(), "hateSpeechIncidents");
        return new QuarterlyBrief(b.quarter(), b.from(), b.to(), b.cases(), b.violations(), b.victims(), byType, byParty,
                byState, byMonth, bySexAndAge, new QuarterlyBrief.Harm(harm[0], harm[1], harm[2], harm[3]), late,
                late != b.lateVerifications() ? 0 : b.lateVerificationRate(), hateSpeech, w.note(released));
    }
}
