package org.unmiss.poc.policesupport.domain;

import org.unmiss.kit.store.DocumentStore;

/** What the police-support use cases need of the store (ADR 21). */
public interface SupportActivityStore extends DocumentStore<SupportActivity> {
}
