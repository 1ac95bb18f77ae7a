package org.unmiss.humanrights.report.api;

import java.time.Instant;
import java.util.List;

/**
 * Where a partner's or reporting tool's figures come from (ADR 0098): the released quarter, when it was released, the
 * small-cell threshold applied, and each figure withheld under it, by name ({@code byType[RAPE]},
 * {@code formsOfHarm.abducted}, {@code lines[ABDUCTION]}, ...). A withheld list entry is left out of its list (the
 * list's total minus its entries is then 0 or at least the threshold); a withheld number that cannot be left out is
 * answered as 0 and named here.
 */
public record ReleaseNote(String quarter, Instant releasedAt, int smallCellThreshold, List<String> withheld) {
}
