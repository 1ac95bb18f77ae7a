package org.unmiss.humanrights.report.domain;

import org.unmiss.humanrights.hrcase.domain.CaseStatus;
import org.unmiss.humanrights.hrcase.domain.HrCase;
import org.unmiss.humanrights.hrcase.domain.Victim;
import org.unmiss.humanrights.hrcase.domain.Violation;
import org.unmiss.humanrights.hrcase.domain.ViolationType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One person, counted once (ADR 0090). The acts keep their own victim counts (each act's victims are its own), so a
 * figure that adds acts together would count a person linked to several of them once per act. A case's overlaps say,
 * per figure, how many victims (and child victims) such an addition counts more than once among the case's counted
 * acts; every figure subtracts them. Within one type there is none to subtract: a person is the victim of at most one
 * act of each type in a case ({@code HrCase.linkPerson}), so per-type figures need no correction.
 *
 * <p>Groups: {@code ALL} (every act: the brief's victims), {@code CRSV} (MARA's total), {@code G:<grave>} (an MRM line),
 * {@code H:<harm>} (a form of harm), {@code S:<sex>:<ageGroup>} (the brief's victims by sex and age). Cell keys:
 * {@code O|<basis>|<group>}, n unused, v victims, c child victims; basis {@code V} verified acts of a verified case,
 * {@code R} every act of a case not found not to have occurred, as the {@code T} cells.
 */
public final class Overlaps {

    public static final String ALL = "ALL";
    public static final String CRSV = "CRSV";
    private static final String OVERLAP = "O";

    private Overlaps() {
    }

    public static String grave(ViolationType.Grave grave) {
        return "G:" + grave.name();
    }

    public static String harm(ViolationType.Harm harm) {
        return "H:" + harm.name();
    }

    public static String sexAndAge(String sex, String ageGroup) {
        return "S:" + sex + ":" + ageGroup;
    }

    public static String key(String basis, String group) {
        return Cells.key(OVERLAP, basis, group);
    }

    /** Adds the case's overlaps to {@code cells} (nothing for a case with no person linked to two of its counted acts). */
    public static void addTo(Cells cells, HrCase c) {
        if (c.violations().stream().flatMap(v -> v.victims().stream()).noneMatch(v -> v.personCode() != null)) {
            return;
        }
        if (c.status() != CaseStatus.FOUND_NOT_TO_HAVE_OCCURRED) {
            add(cells, "R", c.violations());
        }
        if (c.verified()) {
            add(cells, "V", c.violations().stream().filter(Violation::countsAsVerified).toList());
        }
    }

    private static void add(Cells cells, String basis, List<Violation> counted) {
        // group -> person -> {releasable records, child}
        Map<String, Map<String, long[]>> seen = new HashMap<>();
        for (Violation act : counted) {
            for (Victim victim : act.releasableVictims()) {
                if (victim.personCode() == null) {
                    continue;
                }
                for (String group : groupsOf(act.type(), victim)) {
                    long[] person = seen.computeIfAbsent(group, g -> new HashMap<>()).computeIfAbsent(victim.personCode(), p -> new long[2]);
                    person[0]++;
                    person[1] = victim.isChild() ? 1 : person[1];
                }
            }
        }
        seen.forEach((group, people) -> people.values().forEach(person -> {
            if (person[0] > 1) {
                cells.add(key(basis, group), 0, person[0] - 1, person[1] == 1 ? person[0] - 1 : 0);
            }
        }));
    }

    private static List<String> groupsOf(ViolationType type, Victim victim) {
        List<String> groups = new ArrayList<>(List.of(ALL, sexAndAge(victim.sex().name(), victim.ageGroup().name())));
        if (type.grave() != null) {
            groups.add(grave(type.grave()));
        }
        if (type.harm() != null) {
            groups.add(harm(type.harm()));
        }
        if (type.isCrsv()) {
            groups.add(CRSV);
        }
        return groups;
    }

    /** The victims {@code cells} count more than once in {@code group}. */
    public static long victims(Cells cells, String basis, String group) {
        return cells.get(key(basis, group))[1];
    }

    /** The child victims {@code cells} count more than once in {@code group}. */
    public static long children(Cells cells, String basis, String group) {
        return cells.get(key(basis, group))[2];
    }
}
