package org.unmiss.poc.incident.domain;

import org.unmiss.kit.store.DocumentStore;

/** What the incident use cases need of the store (ADR 21): incidents by reference. */
public interface IncidentStore extends DocumentStore<SecurityIncident> {
}
