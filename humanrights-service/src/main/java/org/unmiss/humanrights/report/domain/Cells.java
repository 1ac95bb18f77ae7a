package org.unmiss.humanrights.report.domain;

import org.unmiss.humanrights.hrcase.domain.CaseStatus;
import org.unmiss.humanrights.hrcase.domain.HrCase;
import org.unmiss.humanrights.hrcase.domain.Perpetrator;
import org.unmiss.humanrights.hrcase.domain.Victim;
import org.unmiss.humanrights.hrcase.domain.Violation;
import org.unmiss.humanrights.hrcase.domain.ViolationType;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counted cells: what the MRM, MARA, forms-of-harm and quarterly-brief figures are sums of, for the cases of one
 * field office and incident month (a partition, ADR 0038). Each cell holds three counts {@code n, v, c}:
 * <ul>
 *   <li>{@code K} — n: cases (any status), to tell whether every case is counted;</li>
 *   <li>{@code C} — verified cases: n cases, v late verifications, c cases with hate speech;</li>
 *   <li>{@code T|basis|type|state} — acts: n acts, v releasable victims, c releasable child victims; basis {@code V}
 *   verified acts of verified cases, {@code R} every allegation not found not to have occurred; state {@code -} when none;</li>
 *   <li>{@code P|type|party|state} — verified CRSV acts once per alleged perpetrator ({@code UNKNOWN} when none named),
 *   n acts, v releasable victims: MARA's breakdown;</li>
 *   <li>{@code Q|party} — verified acts once per distinct party: the brief's breakdown by party;</li>
 *   <li>{@code S|sex|ageGroup} — releasable victims of verified acts: n victim records, v victims;</li>
 *   <li>{@code O|basis|group} — the victims a figure adding acts together counts more than once, because one person
 *   is the victim of several of them ({@link Overlaps}, ADR 0090): every such figure subtracts them.</li>
 * </ul>
 * A case's cells follow only from the case, so a write moves the figures by (cells after) − (cells before), and
 * the cells of a partition can always be summed again from its cases.
 */
public final class Cells {

    public static final String CASES = "K";
    public static final String VERIFIED_CASES = "C";
    public static final String NO_STATE = "-";
    public static final String UNKNOWN_PARTY = "UNKNOWN";

    private final Map<String, long[]> counts = new TreeMap<>();

    /** The cells one case adds to its partition. */
    public static Cells of(HrCase c) {
        Cells cells = new Cells();
        cells.add(CASES, 1, 0, 0);
        boolean verified = c.verified();
        // as ReportQueries.Basis.REPORTED: every allegation that was not found not to have occurred
        boolean standing = c.status() != CaseStatus.FOUND_NOT_TO_HAVE_OCCURRED;
        if (verified) {
            boolean hateSpeech = c.violations().stream().anyMatch(v -> v.type() == ViolationType.HATE_SPEECH_OR_INCITEMENT);
            cells.add(VERIFIED_CASES, 1, c.lateVerification() ? 1 : 0, hateSpeech ? 1 : 0);
        }
        String state = c.location() == null || c.location().state() == null ? NO_STATE : c.location().state().name();
        for (Violation v : c.violations()) {
            long victims = v.releasableVictimCount();
            long children = v.releasableChildVictimCount();
            if (standing) {
                cells.add(key("T", "R", v.type().name(), state), 1, victims, children);
            }
            // a verified case counts its verified acts: the MRM counts violations one by one
            if (!verified || !v.countsAsVerified()) {
                continue;
            }
            cells.add(key("T", "V", v.type().name(), state), 1, victims, children);
            if (v.type().isCrsv()) {
                // as MARA's unwind of the perpetrators: one row per named perpetrator, one UNKNOWN row when none
                if (v.perpetrators().isEmpty()) {
                    cells.add(key("P", v.type().name(), UNKNOWN_PARTY, state), 1, victims, 0);
                }
                for (Perpetrator p : v.perpetrators()) {
                    cells.add(key("P", v.type().name(), p.partyCode() == null ? UNKNOWN_PARTY : p.partyCode(), state), 1, victims, 0);
                }
            }
            Set<String> parties = new LinkedHashSet<>();
            v.perpetrators().forEach(p -> parties.add(p.partyCode() == null ? UNKNOWN_PARTY : p.partyCode()));
            if (parties.isEmpty()) {
                parties.add(UNKNOWN_PARTY);
            }
            parties.forEach(p -> cells.add(key("Q", p), 1, 0, 0));
            for (Victim victim : v.releasableVictims()) {
                cells.add(key("S", victim.sex().name(), victim.ageGroup().name()), 1, victim.count(), 0);
            }
        }
        Overlaps.addTo(cells, c);
        return cells;
    }

    public static String key(String... parts) {
        return String.join("|", parts);
    }

    /** The partition a case belongs to: its field office and incident month ({@code yyyy-MM}). */
    public static String partition(String office, String month) {
        return office + "|" + month;
    }

    public void add(String key, long n, long v, long c) {
        long[] cell = counts.computeIfAbsent(key, k -> new long[3]);
        cell[0] += n;
        cell[1] += v;
        cell[2] += c;
    }

    /** Adds {@code sign} × every cell of {@code other}. */
    public Cells add(Cells other, int sign) {
        other.counts.forEach((key, cell) -> add(key, sign * cell[0], sign * cell[1], sign * cell[2]));
        return this;
    }

    /** The cells whose counts are not all zero (a difference cancels out where nothing changed). */
    public Map<String, long[]> nonZero() {
        Map<String, long[]> result = new TreeMap<>();
        counts.forEach((key, cell) -> {
            if (cell[0] != 0 || cell[1] != 0 || cell[2] != 0) {
                result.put(key, cell.clone());
            }
        });
        return result;
    }

    public long[] get(String key) {
        long[] cell = counts.get(key);
        return cell == null ? new long[3] : cell.clone();
    }

    public boolean isEmpty() {
        return nonZero().isEmpty();
    }
}
