package org.unmiss.humanrights.hrcase.domain;

import java.util.List;

/**
 * One act within a case, with its victims and alleged perpetrators. The victim counts are kept
 * with the act so reports sum them in the store instead of unwinding every victim.
 */
public record Violation(String code, ViolationType type, List<Perpetrator> perpetrators, List<Victim> victims,
                        int victimCount, int childVictimCount) {

    public static Violation of(String code, ViolationType type, List<Perpetrator> perpetrators, List<Victim> victims) {
        return new Violation(code, type, List.copyOf(perpetrators), List.copyOf(victims),
                victims.stream().mapToInt(Victim::count).sum(),
                victims.stream().filter(Victim::isChild).mapToInt(Victim::count).sum());
    }

    public Violation withVictims(List<Victim> newVictims) {
        return of(code, type, perpetrators, newVictims);
    }
}
