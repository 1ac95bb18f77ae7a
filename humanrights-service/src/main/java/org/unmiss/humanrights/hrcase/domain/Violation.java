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
                        int victimCount, int childVictimCount, int releasableVictimCount, int releasableChildVictimCount,
                        ActVerification verification) {

    /** A new act, pending verification. */
    public static Violation of(String code, ViolationType type, List<Perpetrator> perpetrators, List<Victim> victims) {
        return counted(code, type, perpetrators, victims, ActVerification.PENDING);
    }

    private static Violation counted(String code, ViolationType type, List<Perpetrator> perpetrators, List<Victim> victims,
                                     ActVerification verification) {
        return new Violation(code, type, List.copyOf(perpetrators), List.copyOf(victims),
                victims.stream().mapToInt(Victim::count).sum(),
                victims.stream().filter(Victim::isChild).mapToInt(Victim::count).sum(),
                victims.stream().filter(Victim::releasable).mapToInt(Victim::count).sum(),
                victims.stream().filter(Victim::releasable).filter(Victim::isChild).mapToInt(Victim::count).sum(),
                verification);
    }

    /**
     * From the store: a count a document does not hold (left out of a projection, or stored before
     * releasable counts existed) reads as 0, so an old act releases no victim until it is saved again.
     */
    @PersistenceCreator
    static Violation stored(String code, ViolationType type, List<Perpetrator> perpetrators, List<Victim> victims,
                            Integer victimCount, Integer childVictimCount, Integer releasableVictimCount,
                            Integer releasableChildVictimCount, ActVerification verification) {
        return new Violation(code, type, perpetrators == null ? List.of() : perpetrators, victims == null ? List.of() : victims,
                orZero(victimCount), orZero(childVictimCount), orZero(releasableVictimCount), orZero(releasableChildVictimCount),
                verification);
    }

    private static int orZero(Integer count) {
        return count == null ? 0 : count;
    }

    public Violation withVictims(List<Victim> newVictims) {
        return counted(code, type, perpetrators, newVictims, verification);
    }

    /** The act with a corrected type and alleged perpetrators; its victims and verification stay. */
    public Violation corrected(ViolationType newType, List<Perpetrator> newPerpetrators) {
        return counted(code, newType, newPerpetrators, victims, verification);
    }

    public Violation withVerification(ActVerification newVerification) {
        return counted(code, type, perpetrators, victims, newVerification);
    }

    /**
     * Whether this act counts in the verified figures of a verified case: verified itself, or stored before acts had
     * their own verification (it follows its case). Kept in step with {@code ReportQueries}' act condition.
     */
    public boolean countsAsVerified() {
        return verification == null || verification.outcome() == ActVerification.Outcome.VERIFIED;
    }

    /** Whether the act still waits for its own decision (an act stored before acts had one never does). */
    public boolean pendingVerification() {
        return verification != null && verification.isPending();
    }

    /** The victims released figures and exports may count. */
    public List<Victim> releasableVictims() {
        return victims.stream().filter(Victim::releasable).toList();
    }
}
