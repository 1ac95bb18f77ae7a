package org.unmiss.kit.store;

import java.util.Optional;

/**
 * The part of a use case's store port that every aggregate needs (ADR 21, ADR 33): read one by id, insert a new
 * one, save a changed one. A feature's port extends it with the reads in its own words
 * ({@code interface CeasefireStore extends DocumentStore<CeasefireReport>}), and its query component implements
 * it by extending {@link MongoDocumentStore}.
 */
public interface DocumentStore<T> {

    Optional<T> byId(String id);

    T insert(T document);

    /** Optimistic when the document has a {@code @Version}: refused when the version moved since it was read. */
    T save(T document);
}
