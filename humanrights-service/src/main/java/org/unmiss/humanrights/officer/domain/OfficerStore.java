package org.unmiss.humanrights.officer.domain;

import org.unmiss.kit.store.DocumentStore;

/** The officers seen, by username. */
public interface OfficerStore extends DocumentStore<Officer> {
}
