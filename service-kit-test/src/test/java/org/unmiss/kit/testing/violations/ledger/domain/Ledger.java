package org.unmiss.kit.testing.violations.ledger.domain;

import org.unmiss.kit.testing.violations.ledger.persistence.LedgerStore;

/** Deliberately wrong direction: domain reaching into persistence, which already depends on domain (a cycle). */
public class Ledger {

    private final LedgerStore store;

    public Ledger(LedgerStore store) {
        this.store = store;
    }

    public long total() {
        return store.entries().stream().mapToLong(LedgerEntry::amount).sum();
    }
}
