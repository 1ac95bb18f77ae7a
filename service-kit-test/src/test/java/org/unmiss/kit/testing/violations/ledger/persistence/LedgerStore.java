package org.unmiss.kit.testing.violations.ledger.persistence;

import org.unmiss.kit.testing.violations.ledger.domain.LedgerEntry;

import java.util.List;

/** Persistence depending on domain is the allowed direction; the violation is Ledger's import of this class. */
public interface LedgerStore {

    List<LedgerEntry> entries();
}
