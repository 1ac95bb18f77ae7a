package org.unmiss.personnel.person.domain;

import org.unmiss.kit.store.DocumentStore;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** What the personnel use cases need of the store (ADR 21), in their words; insert and save are the kit's. */
public interface PersonStore extends DocumentStore<Person> {

    /** A person whose record is published (not staged by an import in progress). */
    Optional<Person> findPublished(String indexNumber);

    /** Tells the readers that cache figures over personnel (the strength reports) that these records changed. */
    void changed(List<Person> written);

    /** The field offices and units a record is checked against, read once. */
    PersonReferences references();

    /** Runs {@code work} as the only writer of this person in the process (ADR 0018). */
    <T> T oneWriter(String indexNumber, Supplier<T> work);
}
