package org.unmiss.kit.store;

import org.springframework.data.mongodb.core.MongoOperations;

import java.util.Optional;

/**
 * {@link DocumentStore} over the store's template, for a feature's query component to extend: the same reads
 * and writes a Spring Data repository makes (mapping events, {@code @Version} checks), without a pass-through
 * method per feature.
 */
public abstract class MongoDocumentStore<T> implements DocumentStore<T> {

    protected final MongoOperations mongo;
    private final Class<T> type;

    protected MongoDocumentStore(MongoOperations mongo, Class<T> type) {
        this.mongo = mongo;
        this.type = type;
    }

    @Override
    public Optional<T> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, type));
    }

    @Override
    public T insert(T document) {
        return mongo.insert(document);
    }

    @Override
    public T save(T document) {
        return mongo.save(document);
    }
}
