package org.unmiss.humanrights.referral.domain;

import org.unmiss.kit.store.DocumentStore;

import java.util.List;

public interface ServiceProviderStore extends DocumentStore<ServiceProvider> {

    /** Every provider, by code (reference data: a few hundred at most). */
    List<ServiceProvider> all();

    boolean isEmpty();
}
