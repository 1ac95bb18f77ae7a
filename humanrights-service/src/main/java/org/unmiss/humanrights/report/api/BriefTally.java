package org.unmiss.humanrights.report.api;

import org.unmiss.humanrights.hrcase.domain.AgeGroup;
import org.unmiss.humanrights.hrcase.domain.HrCase;
import org.unmiss.humanrights.hrcase.domain.Perpetrator;
import org.unmiss.humanrights.hrcase.domain.Sex;
import org.unmiss.humanrights.hrcase.domain.Victim;
import org.unmiss.humanrights.hrcase.domain.Violation;
import org.unmiss.humanrights.hrcase.domain.ViolationType;

import org.unmiss.humanrights.report.domain.Cells;
import org.unmiss.humanrights.report.domain.Overlaps;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Adds cases up into a {@link QuarterlyBrief} in one pass, counting only victims who consented to de-identified reporting. */
final class BriefTally {

    private final Map<ViolationType, long[]> byType = new EnumMap<>(ViolationType.class);
    private final Map<String, Long> byParty = new TreeMap<>();
    private final Map<String, Long> byState = new TreeMap<>();
    private final Map<String, Long> byMonth = new TreeMap<>();
    private final Map<Sex, Map<AgeGroup, Long>> bySexAndAge = new EnumMap<>(Sex.class);
    private final long[] harm = new long[ViolationType.Harm.values().length];
    private long cases;
    private long violations;
    private long victims;
    private long late;
    private long hateSpeech;

    void add(HrCase c) {
        cases++;
        if (c.lateVerification()) {
            late++;
        }
        if (c.violations().stream().anyMatch(v -> v.type() == ViolationType.HATE_SPEECH_OR_INCITEMENT)) {
            hateSpeech++;
        }
        String state = c.location() == null || c.location().state() == null ? "UNKNOWN" : c.location().state().name();
        String month = c.incidentDate().toString().substring(0, 7);
        for (Violation v : c.violations()) {
            if (!v.countsAsVerified()) {
                continue;
            }
            violations++;
            victims += v.releasableVictimCount();
            long[] typeCounts = byType.computeIfAbsent(v.type(), t -> new long[2]);
            typeCounts[0]++;
            typeCounts[1] += v.releasableVictimCount();
            Set<String> parties = new LinkedHashSet<>();
            v.perpetrators().stream().map(Perpetrator::partyCode).forEach(parties::add);
            if (parties.isEmpty()) {
                parties.add("UNKNOWN");
            }
            parties.forEach(p -> byParty.merge(p, 1L, Long::sum));
            byState.merge(state, 1L, Long::sum);
            byMonth.merge(month, 1L, Long::sum);
            for (Victim victim : v.releasableVictims()) {
                bySexAndAge.computeIfAbsent(victim.sex(), s -> new EnumMap<>(AgeGroup.class))
                        .merge(victim.ageGroup(), (long) victim.count(), Long::sum);
            }
            if (v.type().harm() != null) {
                harm[v.type().harm().ordinal()] += v.releasableVictimCount();
            }
        }
        // one person, counted once (ADR 0090): what adding the acts up counted more than once comes off again
        Cells overlaps = new Cells();
        Overlaps.addTo(overlaps, c);
        if (overlaps.isEmpty()) {
            return;
        }
        victims -= Overlaps.victims(overlaps, "V", Overlaps.ALL);
        for (ViolationType.Harm h : ViolationType.Harm.values()) {
            harm[h.ordinal()] -= Overlaps.victims(overlaps, "V", Overlaps.harm(h));
        }
        bySexAndAge.forEach((sex, byAge) -> byAge.replaceAll((age, count) ->
                count - Overlaps.victims(overlaps, "V", Overlaps.sexAndAge(sex.name(), age.name()))));
    }

    QuarterlyBrief brief(String quarter, LocalDate from, LocalDate to) {
        List<QuarterlyBrief.TypeCount> types = byType.entrySet().stream()
                .map(e -> new QuarterlyBrief.TypeCount(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        List<QuarterlyBrief.SexAgeCount> cells = bySexAndAge.entrySet().stream()
                .flatMap(s -> s.getValue().entrySet().stream().map(a -> new QuarterlyBrief.SexAgeCount(s.getKey(), a.getKey(), a.getValue())))
                .toList();
        return new QuarterlyBrief(quarter, from, to, cases, violations, victims, types, keyCounts(byParty), keyCounts(byState),
                keyCounts(byMonth), cells, new QuarterlyBrief.Harm(harm[0], harm[1], harm[2], harm[3]), late,
                cases == 0 ? 0 : Math.round(1000.0 * late / cases) / 1000.0, hateSpeech, null);
    }

    private static List<QuarterlyBrief.KeyCount> keyCounts(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> new QuarterlyBrief.KeyCount(e.getKey(), e.getValue())).toList();
    }
}
