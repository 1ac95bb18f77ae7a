package org.unmiss.store.bson;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.util.List;
import java.util.Map;

/**
 * mongo-java-server's H2 MVStore backend with documents and index keys stored as BSON and index keys
 * ordered as MongoDB orders values. The stock backend leaves both to H2's default type, which falls back to
 * Java object serialisation: for every page written and, because the server's index key class is not
 * {@link Comparable}, for both keys of every comparison in an index search. Writing 20,000 people spent most
 * of its time there (see infra/bench/personnel-service). Everything else (collections, cursors, oplog,
 * queries) is the stock backend's.
 */
public final class BsonH2Backend extends H2Backend {

    public BsonH2Backend(MVStore store) {
        super(store);
    }

    private MVStore store() {
        return getMvStore();
    }

    private CursorRegistry cursors() {
        return getCursorRegistry();
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName);
    }

    /**
     * Opens its maps with the BSON types. An inner class on purpose: H2Database opens its collections and
     * indexes from inside its constructor, before a field of a subclass could be set, while the enclosing
     * backend (and so its store) is already there.
     */
    private final class Database extends H2Database {

        Database(String databaseName) {
            super(databaseName, store(), cursors());
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String namespace = getFullCollectionNamespace(collectionName);
            MVMap<String, Object> metaMap = store().openMap(StoreMaps.meta(namespace));
            return new H2Collection(this, collectionName, options,
                    StoreMaps.openData(store(), StoreMaps.data(namespace)), metaMap, cursors());
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
            String name = StoreMaps.index(getFullCollectionNamespace(collectionName), indexName);
            return new UniqueIndex(StoreMaps.openIndex(store(), name), indexName, keys, sparse);
        }
    }

    /** A unique index kept in one MVStore map from key to document position. */
    private static final class UniqueIndex extends AbstractUniqueIndex<Object> {

        private final MVMap<KeyValue, Object> positions;

        UniqueIndex(MVMap<KeyValue, Object> positions, String name, List<IndexKey> keys, boolean sparse) {
            super(name, keys, sparse);
            this.positions = positions;
        }

        @Override
        protected Object removeDocument(KeyValue key) {
            return positions.remove(key);
        }

        @Override
        protected boolean putKeyPosition(KeyValue key, Object position) {
            return positions.putIfAbsent(key, Missing.ofNullable(position)) == null;
        }

        @Override
        protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
            return positions.entrySet();
        }

        @Override
        protected Object getPosition(KeyValue key) {
            return positions.get(key);
        }

        @Override
        public long getCount() {
            return positions.sizeAsLong();
        }

        @Override
        public boolean isEmpty() {
            return positions.isEmpty();
        }

        @Override
        public long getDataSize() {
            return getCount();
        }
    }
}
