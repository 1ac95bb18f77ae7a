package org.unmiss.kit.testing.violations.ledger.domain;

/** What persistence rightly depends on; with {@link Ledger} importing persistence the two packages form a cycle. */
public record LedgerEntry(long amount) {
}
