package org.unmiss.poc.seizure.domain;

import java.util.Optional;

/** What the seizure use cases need of the store (ADR 21): implemented by the Spring Data repository. */
public interface SeizedItemStore {

    Optional<SeizedItem> findById(String reference);

    SeizedItem insert(SeizedItem item);

    SeizedItem save(SeizedItem item);
}
