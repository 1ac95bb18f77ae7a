package org.unmiss.humanrights.perpetrator.domain;

import org.unmiss.humanrights.hrcase.domain.HrCase;
import org.unmiss.humanrights.hrcase.domain.Perpetrator;
import org.unmiss.humanrights.hrcase.domain.Violation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Standing allegations by alleged party and unit (ADR 0100), what accountability work and the HRDDP risk assessment
 * ask first ("which units are named, how often, how much of it verified"): an act naming a party and unit counts once
 * for that pair however many of its perpetrators share it; an act naming nobody counts for {@code UNKNOWN}.
 */
public final class PartyUnitTally {

    public static final String UNKNOWN_PARTY = "UNKNOWN";

    /** One party and unit ({@code unit} null: not known): cases and acts naming it, verified acts, individuals alleged. */
    public record PartyUnitRow(String partyCode, String unit, long cases, long violations, long verifiedViolations,
                      long individualsAlleged) {
    }

    private record Key(String party, String unit) {
    }

    private static final class Counts {
        private final Set<String> cases = new HashSet<>();
        private long violations;
        private long verified;
        private long individuals;
    }

    private final Map<Key, Counts> counts = new LinkedHashMap<>();

    public void add(HrCase hrCase) {
        for (Violation act : hrCase.violations()) {
            boolean verified = hrCase.verified() && act.countsAsVerified();
            Map<Key, Long> named = new LinkedHashMap<>();
            for (Perpetrator p : act.perpetrators()) {
                named.merge(new Key(p.partyCode() == null ? UNKNOWN_PARTY : p.partyCode(), p.unit()),
                        p.individual() == null ? 0L : 1L, Long::sum);
            }
            if (named.isEmpty()) {
                named.put(new Key(UNKNOWN_PARTY, null), 0L);
            }
            named.forEach((key, individuals) -> {
                Counts c = counts.computeIfAbsent(key, k -> new Counts());
                c.cases.add(hrCase.reference());
                c.violations++;
                c.verified += verified ? 1 : 0;
                c.individuals += individuals;
            });
        }
    }

    /** By party, then unit (an unknown unit last within its party). */
    public List<PartyUnitRow> rows() {
        List<PartyUnitRow> rows = new ArrayList<>();
        counts.forEach((key, c) -> rows.add(new PartyUnitRow(key.party(), key.unit(), c.cases.size(), c.violations, c.verified, c.individuals)));
        rows.sort(Comparator.comparing(PartyUnitRow::partyCode).thenComparing(PartyUnitRow::unit, Comparator.nullsLast(Comparator.naturalOrder())));
        return rows;
    }

    /** Distinct parties counted, for the answer's summary. */
    public Set<String> parties() {
        Set<String> parties = new LinkedHashSet<>();
        counts.keySet().forEach(k -> parties.add(k.party()));
        return parties;
    }
}
