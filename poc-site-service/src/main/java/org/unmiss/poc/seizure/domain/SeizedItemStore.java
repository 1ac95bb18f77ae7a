package org.unmiss.poc.seizure.domain;

import org.unmiss.kit.store.DocumentStore;

/** What the seizure use cases need of the store (ADR 21): the register's items by reference. */
public interface SeizedItemStore extends DocumentStore<SeizedItem> {
}
