package org.unmiss.poc.search.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.unmiss.kit.store.DocumentStore;

import java.time.Instant;

/** What the search use cases need of the store (ADR 21): operations by reference, and the caller's office's list. */
public interface SearchStore extends DocumentStore<SearchOperation> {

    /** The caller's field office's operations (all for HQ), optionally of one site, started in [from, to). */
    Page<SearchOperation> find(String siteCode, Instant from, Instant to, Pageable pageable);
}
