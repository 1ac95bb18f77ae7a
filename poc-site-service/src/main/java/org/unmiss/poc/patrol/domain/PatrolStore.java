package org.unmiss.poc.patrol.domain;

import org.unmiss.kit.store.DocumentStore;

/** What the patrol use cases need of the store (ADR 21): patrols by reference. */
public interface PatrolStore extends DocumentStore<Patrol> {
}
