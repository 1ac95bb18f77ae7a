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
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.NoopOplog;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.time.Instant;
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

    private static final String INDEXES = "system.indexes";
    private static final String LOCAL = "local";
    private static final String OPLOG = "oplog.rs";

    /** Asks for a commit without waiting for it; see {@link SecondaryIndex} (an index build). */
    private static final ThreadLocal<Runnable> OPENING_COMMITS = new ThreadLocal<>();

    private final Runnable commitSoon;

    public BsonH2Backend(MVStore store) {
        this(store, () -> {
        });
    }

    /**
     * @param commitSoon asks the store's committer for a commit without waiting for it: a long index build calls it
     *                   every so many documents, since nothing else commits while no client waits for a reply, and
     *                   a whole build's pages left unsaved ran a 256 MB store out of memory at a million documents
     */
    public BsonH2Backend(MVStore store, Runnable commitSoon) {
        super(withCommits(store, commitSoon));
        this.commitSoon = commitSoon;
        OPENING_COMMITS.remove();
    }

    // the superclass constructor opens every database (and may build indexes) before the field is set
    private static MVStore withCommits(MVStore store, Runnable commitSoon) {
        OPENING_COMMITS.set(commitSoon);
        return store;
    }

    private Runnable commits() {
        return commitSoon != null ? commitSoon : OPENING_COMMITS.get() != null ? OPENING_COMMITS.get() : () -> {
        };
    }

    /**
     * Deletes the documents that a TTL index ({@code expireAfterSeconds}) says have expired at {@code now}:
     * those whose indexed field holds a date (or an array with a date) older than {@code now} minus the
     * index's seconds, as MongoDB's TTL monitor does. Index definitions live in each database's
     * {@code system.indexes}, where mongo-java-server keeps every index it was asked to create.
     *
     * @return how many documents were deleted
     */
    public long deleteExpired(Instant now) {
        long deleted = 0;
        for (String databaseName : List.copyOf(listDatabaseNames())) {
            MongoDatabase database = resolveDatabase(databaseName);
            MongoCollection<?> indexes = database.resolveCollection(INDEXES, false);
            if (indexes == null) {
                continue;
            }
            for (Document index : indexes.queryAll()) {
                if (!(index.get("expireAfterSeconds") instanceof Number seconds) || !(index.get("key") instanceof Document key)
                        || key.size() != 1 || !(index.get("ns") instanceof String namespace)
                        || !namespace.startsWith(databaseName + ".")) {
                    continue;
                }
                MongoCollection<?> collection = database.resolveCollection(namespace.substring(databaseName.length() + 1), false);
                if (collection == null) {
                    continue;
                }
                String field = key.keySet().iterator().next();
                Instant cutoff = now.minusMillis(Math.round(seconds.doubleValue() * 1000));
                // $lt on a date matches dates only (and arrays holding one), so other values never expire
                deleted += collection.deleteDocuments(new Document(field, new Document("$lt", cutoff)), 0);
            }
        }
        return deleted;
    }

    /**
     * Drops the oplog an earlier version of the store kept (it was never trimmed, and counting it ran the store
     * out of memory). The store keeps no oplog now: nothing on the platform uses change streams.
     *
     * @return how many entries it held, or 0 if there was none
     */
    public long dropOplog() {
        if (!listDatabaseNames().contains(LOCAL)) {
            return 0;
        }
        MongoDatabase local = resolveDatabase(LOCAL);
        MongoCollection<?> oplog = local.resolveCollection(OPLOG, false);
        if (oplog == null) {
            return 0;
        }
        long entries = oplog.count();
        local.dropCollection(OPLOG, NoopOplog.get());
        return entries;
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

        /**
         * An aggregation with bounded memory ({@link Pipelines}); anything it does not take on ({@code $out},
         * {@code $merge}, change streams, an aggregation of the database) runs as the stock code runs it.
         */
        @Override
        public Document handleCommand(io.netty.channel.Channel channel, String command, Document query,
                                      de.bwaldvogel.mongo.backend.DatabaseResolver databaseResolver,
                                      de.bwaldvogel.mongo.oplog.Oplog oplog) {
            if (command.equalsIgnoreCase("aggregate") && query.get(command) instanceof String collectionName) {
                Document answer = Pipelines.run(this, getFullCollectionNamespace(collectionName), collectionName, query,
                        databaseResolver, oplog);
                if (answer != null) {
                    return answer;
                }
            }
            return super.handleCommand(channel, command, query, databaseResolver, oplog);
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String namespace = getFullCollectionNamespace(collectionName);
            MVMap<String, Object> metaMap = store().openMap(StoreMaps.meta(namespace));
            return new BsonCollection(this, collectionName, options,
                    StoreMaps.openData(store(), StoreMaps.data(namespace)), metaMap, cursors());
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
            String name = StoreMaps.index(getFullCollectionNamespace(collectionName), indexName);
            return new UniqueIndex(StoreMaps.openIndex(store(), name), indexName, keys, sparse);
        }

        /** The stock backend ignores non-unique indexes; here they are kept (see {@link SecondaryIndex}). */
        @Override
        protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
            String name = StoreMaps.index(getFullCollectionNamespace(collectionName), indexName);
            return new SecondaryIndex(StoreMaps.openIndex(store(), name), store().openMap(SecondaryIndex.STATE_MAP),
                    name, indexName, keys, sparse, commits());
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
