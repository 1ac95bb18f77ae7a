package org.unmiss.poc.returns.domain;

import org.unmiss.kit.store.DocumentStore;

/** What the return use cases need of the store (ADR 21): movements by reference. */
public interface ReturnStore extends DocumentStore<ReturnMovement> {
}
