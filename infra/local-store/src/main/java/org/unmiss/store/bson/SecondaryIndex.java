package org.unmiss.store.bson;

import org.unmiss.store.durable.ChangeLock;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import org.h2.mvstore.MVMap;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * A non-unique (possibly compound) index kept in one MVStore map whose keys are the indexed values followed by
 * the document's {@code _id}, in MongoDB's value order, and whose values are nothing (a one-byte marker). The
 * {@code _id} at the end makes every key unique and orders equal values by {@code _id}. The map holds every
 * document, including those without the fields (as null), so that a range of it holds every document whose
 * values fall in that range.
 *
 * <p>The index records in a store-wide map that it is built and whether it is multikey (a document had an array
 * in an indexed field). A built index is opened as it is at start; one that is not (new, or a build a crash cut
 * short) is emptied and built by mongo-java-server's one scan, which runs when {@link #isEmpty()} says so. A
 * multikey index is kept up to date but the planner does not use it: its order and its ranges do not mean what a
 * sort and a comparison on an array mean.
 */
final class SecondaryIndex extends Index<Object> {

    static final String STATE_MAP = "unmiss.index-state";
    private static final String BUILT = "built";
    private static final String MULTIKEY = "built,multikey";

    private final MVMap<KeyValue, Object> entries;
    private final MVMap<String, String> states;
    private final String mapName;
    private final List<String> fields;
    /** Documents added between two requests for a commit while the index is being built. */
    private static final int BUILD_COMMIT_EVERY = 20_000;
    /** Documents added between two chances for a waiting commit to go ahead while the index is being built. */
    private static final int LET_COMMITS_THROUGH_EVERY = 1_000;

    private final Runnable commitSoon;
    private long addedWhileBuilding;
    private volatile boolean built;
    private volatile boolean multikey;

    SecondaryIndex(MVMap<KeyValue, Object> entries, MVMap<String, String> states, String mapName, String name,
                   List<IndexKey> keys, boolean sparse, Runnable commitSoon) {
        super(name, keys, sparse);
        this.commitSoon = commitSoon;
        this.entries = entries;
        this.states = states;
        this.mapName = mapName;
        this.fields = keys.stream().map(IndexKey::getKey).toList();
        String state = states.get(mapName);
        this.built = state != null;
        this.multikey = MULTIKEY.equals(state);
        if (!built) {
            // a build a crash cut short may have left keys of documents deleted since: start again from nothing
            entries.clear();
        }
    }

    List<String> fields() {
        return fields;
    }

    MVMap<KeyValue, Object> entries() {
        return entries;
    }

    /** Whether queries may use it: built, not sparse (a sparse index leaves documents out), no arrays seen. */
    boolean usable() {
        return built && !multikey && !isSparse();
    }

    /** Called by the collection once mongo-java-server's build scan has added every document. */
    void markBuilt() {
        built = true;
        states.put(mapName, multikey ? MULTIKEY : BUILT);
    }

    void forget() {
        states.remove(mapName);
    }

    @Override
    public boolean isEmpty() {
        // "empty" is what makes mongo-java-server build an index from the collection when it is added
        return !built;
    }

    @Override
    public Object getPosition(Document document) {
        // never consulted for positions: the _id index answers that
        return null;
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
        // non-unique: nothing to refuse
    }

    @Override
    public void add(Document document, Object position, MongoCollection<Object> collection) {
        for (KeyValue key : keys(document)) {
            entries.put(key, Missing.getInstance());
        }
        if (!built && ++addedWhileBuilding % LET_COMMITS_THROUGH_EVERY == 0) {
            if (addedWhileBuilding % BUILD_COMMIT_EVERY == 0) {
                // a build is one long operation: without commits along the way its pages pile up unsaved in the heap
                commitSoon.run();
            }
            // a commit waits for the operations in progress; a build may be cut anywhere (it starts again if so)
            ChangeLock.letCommitsThrough();
        }
    }

    @Override
    public Object remove(Document document) {
        for (KeyValue key : keys(document)) {
            entries.remove(key);
        }
        return position(document);
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
        // non-unique: nothing to refuse
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, Object position, MongoCollection<Object> collection) {
        Set<KeyValue> before = keys(oldDocument);
        Set<KeyValue> after = keys(newDocument);
        if (before.equals(after)) {
            return;
        }
        for (KeyValue key : before) {
            if (!after.contains(key)) {
                entries.remove(key);
            }
        }
        for (KeyValue key : after) {
            entries.put(key, Missing.getInstance());
        }
    }

    @Override
    public boolean canHandle(Document query) {
        // the collection's planner uses this index, not mongo-java-server's unique-index lookup
        return false;
    }

    @Override
    public Iterable<Object> getPositions(Document query) {
        throw new UnsupportedOperationException("served by the collection's planner");
    }

    @Override
    public long getCount() {
        return entries.sizeAsLong();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    @Override
    public void drop() {
        entries.clear();
        forget();
    }

    private static Object position(Document document) {
        return Missing.ofNullable(document.get("_id"));
    }

    /** The document's keys: one per combination of array elements, each ending with the document's _id. */
    private Set<KeyValue> keys(Document document) {
        Object id = position(document);
        Set<KeyValue> values;
        try {
            values = getKeyValues(document);
        } catch (MongoServerError parallelArrays) {
            // MongoDB refuses such a document; the store took it before it kept indexes, so it still does
            markMultikey();
            return Set.of();
        }
        if (!multikey && (values.size() != 1 || holdsArray(document))) {
            markMultikey();
        }
        Set<KeyValue> keys = new java.util.LinkedHashSet<>();
        for (KeyValue value : values) {
            List<Object> key = new ArrayList<>(value.size() + 1);
            value.forEach(key::add);
            key.add(id);
            keys.add(new KeyValue(key));
        }
        return keys;
    }

    private boolean holdsArray(Document document) {
        for (String field : fields) {
            if (Utils.getSubdocumentValueCollectionAware(document, field) instanceof Collection<?>) {
                return true;
            }
        }
        return false;
    }

    private void markMultikey() {
        multikey = true;
        if (built) {
            states.put(mapName, MULTIKEY);
        }
    }
}
