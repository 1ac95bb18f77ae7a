package org.unmiss.humanrights.report.api;

import org.unmiss.humanrights.hrcase.domain.ViolationType;

import java.time.LocalDate;
import java.util.List;

/**
 * The six grave violations against children, counted by the MRM rule: child victims for killing
 * and maiming, recruitment or use, sexual violence and abduction; violations for attacks on
 * schools or hospitals and denial of humanitarian access. {@code release} is null in live answers; partners and
 * reporting tools get released figures with it (ADR 0098). {@code reported} (all allegations not
 * found to be unfounded) is given to human rights staff only; aggregate-only callers see verified figures.
 */
public record MrmReport(LocalDate from, LocalDate to, List<Line> lines, ReleaseNote release) {

    public enum CountingUnit { CHILD_VICTIMS, VIOLATIONS }

    public record Line(ViolationType.Grave graveViolation, CountingUnit countingUnit, long verified, Long reported) {
    }

    /** One line per grave violation, its unit by the counting rule; {@code reported} null when the caller sees verified figures only. */
    static MrmReport of(LocalDate from, LocalDate to, java.util.function.ToLongFunction<ViolationType.Grave> verified,
                        java.util.function.ToLongFunction<ViolationType.Grave> reported) {
        List<Line> lines = new java.util.ArrayList<>();
        for (ViolationType.Grave grave : ViolationType.Grave.values()) {
            lines.add(new Line(grave, grave.countsVictims() ? CountingUnit.CHILD_VICTIMS : CountingUnit.VIOLATIONS,
                    verified.applyAsLong(grave), reported == null ? null : reported.applyAsLong(grave)));
        }
        return new MrmReport(from, to, lines, null);
    }
}
