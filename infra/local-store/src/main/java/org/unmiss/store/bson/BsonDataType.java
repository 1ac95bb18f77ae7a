package org.unmiss.store.bson;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

import java.nio.ByteBuffer;
import java.util.Comparator;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The MVStore data types of the store's maps, all written as BSON by {@link BsonCodec}. Keys are ordered as
 * MongoDB orders values ({@link ValueComparator}), so {@code 1}, {@code 1L} and {@code 1.0} are one key, as in
 * MongoDB's indexes. H2's default type would instead serialise both keys with Java serialisation on every
 * comparison of a B-tree search (the server's index key class is not {@code Comparable}).
 */
final class BsonDataType<T> extends BasicDataType<T> {

    /** A collection's documents (values only, never compared). */
    static final BsonDataType<Document> DOCUMENTS = new BsonDataType<>(BsonCodec::writeDocument, BsonCodec::readDocument,
            null, Document[]::new);

    /** A document's position, its {@code _id}: the key of a collection map, the value of an index map. */
    static final BsonDataType<Object> POSITIONS = new BsonDataType<>(BsonCodec::writeValue, BsonCodec::readValue,
            ValueComparator.ascWithoutListHandling(), Object[]::new);

    /** A unique index's key: the indexed fields' values, compared field by field. */
    static final BsonDataType<KeyValue> INDEX_KEYS = new BsonDataType<>(BsonCodec::writeKey, BsonCodec::readKey,
            BsonDataType::compareKeys, KeyValue[]::new);

    private final BiConsumer<WriteBuffer, T> writer;
    private final Function<ByteBuffer, T> reader;
    private final Comparator<? super T> order;
    private final IntFunction<T[]> storage;

    private BsonDataType(BiConsumer<WriteBuffer, T> writer, Function<ByteBuffer, T> reader, Comparator<? super T> order,
                         IntFunction<T[]> storage) {
        this.writer = writer;
        this.reader = reader;
        this.order = order;
        this.storage = storage;
    }

    @Override
    public int compare(T a, T b) {
        if (order == null) {
            throw new UnsupportedOperationException("documents are stored as values and never compared");
        }
        return order.compare(a, b);
    }

    @Override
    public int getMemory(T value) {
        return BsonCodec.estimateMemory(value);
    }

    @Override
    public void write(WriteBuffer out, T value) {
        writer.accept(out, value);
    }

    @Override
    public T read(ByteBuffer in) {
        return reader.apply(in);
    }

    @Override
    public T[] createStorage(int size) {
        return storage.apply(size);
    }

    /** Each constant is a type of its own (BasicDataType's equals compares classes only). */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    private static int compareKeys(KeyValue a, KeyValue b) {
        int common = Math.min(a.size(), b.size());
        for (int i = 0; i < common; i++) {
            int order = ValueComparator.ascWithoutListHandling().compare(a.get(i), b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
