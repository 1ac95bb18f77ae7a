package org.unmiss.humanrights.release.api;

import java.time.Instant;

/** A released quarter; {@code releasedBy} for human rights staff only (null for partners and reporting tools). */
public record ReleaseView(String quarter, Instant releasedAt, String releasedBy, int smallCellThreshold) {
}
