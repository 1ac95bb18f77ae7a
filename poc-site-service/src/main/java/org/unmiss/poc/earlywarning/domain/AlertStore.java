package org.unmiss.poc.earlywarning.domain;

import org.unmiss.kit.store.DocumentStore;

import java.util.List;

/** What the early-warning use cases and report need of the store (ADR 21). */
public interface AlertStore extends DocumentStore<EarlyWarningAlert> {

    /** Every alert raised in months {@code fromMonth} to {@code toMonth} (YYYY-MM, inclusive), mission-wide, without free text. */
    List<EarlyWarningAlert> inMonths(String fromMonth, String toMonth);
}
