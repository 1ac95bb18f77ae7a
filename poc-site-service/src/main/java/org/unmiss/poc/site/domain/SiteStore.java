package org.unmiss.poc.site.domain;

import org.unmiss.kit.store.DocumentStore;

/** What the office rule and the features recording at a site need of the store (ADR 21): sites by code. */
public interface SiteStore extends DocumentStore<PocSite> {
}
