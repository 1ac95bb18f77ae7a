package org.unmiss.humanrights.hrcase.domain;

import org.springframework.data.annotation.PersistenceCreator;

import java.util.List;

/**
 * One act within a case, with its victims and alleged perpetrators. The victim counts are kept
 * with the act so reports sum them in the store instead of unwinding every victim: all victims (for
 * the case's own handling) and the releasable ones (consent to de-identified reporting), which are
 * the only ones released figures and exports count.
 */
public record Violation(String code, ViolationType type, List<Perpetrator> perpetrators, List<Victim> victims,
                        int victimCount, int childVictimCount, int releasableVictimCount, int releasableChildVictimCount) {

    public static Violation of(String code, ViolationType type, List<Perpetrator> perpetrators, List<Victim> victims) {
        return new Violation(code, type, List.copyOf(perpetrators), List.copyOf(victims),
                victims.stream().mapToInt(Victim::count).sum(),
                victims.stream().filter(Victim::isChild).mapToInt(Victim::count).sum(),
                victims.stream().filter(Victim::releasable).mapToInt(Victim::count).sum(),
                victims.stream().filter(Victim::releasable).filter(Victim::isChild).mapToInt(Victim::count).sum());
    }

    /**
     * From the store: a count a document does not hold (left out of a projection, or stored before
     * releasable counts existed) reads as 0, so an old act releases no victim until it is saved again.
     */
    @PersistenceCreator
    static Violation stored(String code, ViolationType type, List<Perpetrator> perpetrators, List<Victim> victims,
                            Integer victimCount, Integer childVictimCount, Integer releasableVictimCount,
                            Integer releasableChildVictimCount) {
        return new Violation(code, type, perpetrators == null ? List.of() : perpetrators, victims == null ? List.of() : victims,
                orZero(victimCount), orZero(childVictimCount), orZero(releasableVictimCount), orZero(releasableChildVictimCount));
    }

    private static int orZero(Integer count) {
        return count == null ? 0 : count;
    }

    public Violation withVictims(List<Victim> newVictims) {
        return of(code, type, perpetrators, newVictims);
    }

    /** The victims released figures and exports may count. */
    public List<Victim> releasableVictims() {
        return victims.stream().filter(Victim::releasable).toList();
    }
}
