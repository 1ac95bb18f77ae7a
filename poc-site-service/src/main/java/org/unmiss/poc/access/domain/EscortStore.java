package org.unmiss.poc.access.domain;

import org.unmiss.kit.store.DocumentStore;

import java.time.LocalDate;
import java.util.List;

/** What the escort use cases and the access tables need of the store (ADR 21). */
public interface EscortStore extends DocumentStore<EscortRequest> {

    /** Every request needed between the days (inclusive), mission-wide, without the partner's stated purpose. */
    List<EscortRequest> neededBetween(LocalDate from, LocalDate to);
}
