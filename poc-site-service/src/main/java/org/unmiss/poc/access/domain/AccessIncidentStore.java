package org.unmiss.poc.access.domain;

import org.unmiss.kit.store.DocumentStore;

import java.time.LocalDate;
import java.util.List;

/** What the access-incident use cases and the access tables need of the store (ADR 21). */
public interface AccessIncidentStore extends DocumentStore<AccessIncident> {

    /** Every access incident between the days (inclusive), mission-wide, without descriptions. */
    List<AccessIncident> between(LocalDate from, LocalDate to);
}
