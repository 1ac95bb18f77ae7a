package org.unmiss.store.bson;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractCursor;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DefaultQueryMatcher;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.exception.MongoServerError;
import de.bwaldvogel.mongo.oplog.Oplog;
import org.unmiss.store.durable.ChangeLock;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.QueryParameters;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The H2 backend's collection with two changes.
 *
 * <p><b>Copies out.</b> mongo-java-server updates a matched document in place and replies with that same object
 * after the collection's lock is released; with the stock H2 collection that object is the one inside MVStore's
 * map (and page cache), so a concurrent {@code $inc} could change it before the first reply was encoded, and two
 * callers of {@code findOneAndUpdate} were handed the same counter value. Here every document handed out is a
 * copy, and the map changes only by {@code put}.
 *
 * <p><b>Bounded memory.</b> The stock collection collects every matching document into a list before it answers
 * (the whole collection for a count or an aggregation), which ran the store out of memory at 100,000 cases. Here
 * an unsorted scan is a {@link Scan}: it reads the map in {@code _id} order a batch at a time and a client's
 * cursor remembers only the last {@code _id} it passed, so neither a find nor a count holds more than a batch.
 * A sorted find with a limit (a page) keeps only the best {@code skip + limit} documents. A sorted find without a
 * limit still sorts everything in memory, as before.
 */
final class BsonCollection extends H2Collection {

    /** MongoDB's first batch when the client names no batch size. */
    static final int DEFAULT_FIRST_BATCH = 101;
    /** A later batch when the client names no batch size (MongoDB fills 16 MB; documents here are a few KB). */
    static final int DEFAULT_NEXT_BATCH = 500;
    /**
     * How many documents one batch of a client's unlimited find may pass before it is answered with what it found
     * (perhaps nothing) and the cursor open, as the driver expects of a cursor (it asks again). A filter no index
     * serves and that matches nothing walked all 1,000,000 cases of the soak in one request, past the service's 10 s
     * socket timeout. A find with a limit is not cut short: a single-batch read must get its document.
     */
    static volatile int examinedPerBatch = 20_000;
    /** Documents read per step of a scan that the server itself iterates (counts, aggregations, updates). */
    private static final int INTERNAL_BATCH = 256;
    /**
     * The most documents one {@code updateMany} or {@code deleteMany} may change. Its applying phase holds every
     * commit (and so every other write's reply) back for its length, so it must stay short; the platform's largest
     * is an import's publish of 20,000 rows, and the README gives the measured time of one of 30,000.
     */
    static final int MAX_MULTI_WRITE = 50_000;
    /** Multi-document writes of at least this many documents say in the log when they start and end applying. */
    private static final int LOG_MULTI_WRITES_FROM = 1_000;
    /** MongoDB's code 146 (ExceededMemoryLimit), the nearest of its codes for "this operation is too large here". */
    private static final int MULTI_WRITE_TOO_LARGE = 146;
    private static final String ID = "_id";
    private static final ThreadLocal<DefaultQueryMatcher> MATCHERS = ThreadLocal.withInitial(DefaultQueryMatcher::new);

    /** Whether the query being handled came from a client's find (which gets batches) or from the server itself. */
    private static final ThreadLocal<Boolean> CLIENT_FIND = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(BsonCollection.class);

    /**
     * Documents read from the map by finds, counts and updates since start (scan and index walks alike): what a
     * test looks at to see whether a query was answered from an index or by reading the collection.
     */
    static final java.util.concurrent.atomic.LongAdder DOCUMENTS_READ = new java.util.concurrent.atomic.LongAdder();

    /** Secondary indexes built from their collection since start: what a test looks at to see one was not rebuilt. */
    static final java.util.concurrent.atomic.LongAdder INDEX_BUILDS = new java.util.concurrent.atomic.LongAdder();

    private final MVMap<Object, Document> documents;
    /** Every index of the collection (mongo-java-server keeps its own list private). */
    private final List<Index<Object>> indexes = new CopyOnWriteArrayList<>();
    private final List<SecondaryIndex> secondaryIndexes = new CopyOnWriteArrayList<>();

    BsonCollection(MongoDatabase database, String collectionName, CollectionOptions options,
                   MVMap<Object, Document> documents, MVMap<String, Object> meta, CursorRegistry cursors) {
        super(database, collectionName, options, documents, meta, cursors);
        this.documents = documents;
    }

    /**
     * Not under the collection's lock, unlike the stock collection's: MVStore's maps are safe to read while they
     * change (each read sees one version of a page), every document read is a copy, and each is checked against the
     * query as it is read. So a long scan, a count or a sort no longer holds every writer of the collection back
     * for its length (issue 12: all 151 writes during the case list's scans were refused).
     */
    @Override
    public QueryResult handleQuery(QueryParameters parameters) {
        Document selector = parameters.getQuerySelector();
        // the find command wraps its filter in $query (and its sort in $orderby); the server's own queries do not
        boolean clientFind = selector.containsKey("$query");
        Document query = clientFind ? (Document) selector.get("$query")
                : selector.containsKey("query") ? (Document) selector.get("query") : selector;
        Document orderBy = clientFind ? (Document) selector.get("$orderby")
                : selector.containsKey("query") ? (Document) selector.get("orderby") : null;
        CLIENT_FIND.set(clientFind);
        try {
            return queryDocuments(query, orderBy, parameters.getNumberToSkip(), parameters.getLimit(),
                    parameters.getBatchSize(), parameters.getProjection());
        } finally {
            CLIENT_FIND.set(Boolean.FALSE);
        }
    }

    /**
     * One matcher per thread: the stock collection shares one, which remembers the array position of its last
     * match for positional updates ({@code $}); with reads no longer under the collection's lock, a reader would
     * otherwise overwrite the position an update is about to use.
     */
    @Override
    protected boolean documentMatchesQuery(Document document, Document query) {
        return MATCHERS.get().matches(document, query);
    }

    /**
     * {@code updateMany} as one write that commits never split, without holding anything while it looks for its
     * documents. It runs in two phases:
     * <ol>
     * <li><b>finding</b>: the {@code _id}s of the matching documents are collected through an index that narrows the
     * selector, else by a scan, holding neither the collection's lock nor the commit lock
     * ({@link ChangeLock#whileOnlyReading}), so readers, other writers and commits go on meanwhile;</li>
     * <li><b>applying</b>: under the collection's lock and the commit lock, each found document is read again,
     * re-checked against the selector and updated (with its index entries). A commit waits for the whole phase, so a
     * crash leaves either every document of it updated or none (the personnel import publishes 20,000 staged rows
     * with one {@code updateMany} and relies on that, ADR 18).</li>
     * </ol>
     * A document that starts to match after the finding phase is not updated, as on MongoDB, where a document
     * inserted during a multi-document update may or may not be. More than {@link #MAX_MULTI_WRITE} matching
     * documents are refused before anything changes, so that the applying phase (which holds every commit back)
     * stays within seconds.
     */
    @Override
    public Document updateDocuments(Document selector, Document updateQuery, ArrayFilters arrayFilters,
                                    boolean isMulti, boolean isUpsert, Oplog oplog) {
        if (!isMulti) {
            synchronized (this) {
                return super.updateDocuments(selector, updateQuery, arrayFilters, false, isUpsert, oplog);
            }
        }
        for (String key : updateQuery.keySet()) {
            if (!key.startsWith("$")) {
                throw new MongoServerError(10158, "multi update only works with $ operators");
            }
        }
        List<Object> found = ChangeLock.whileOnlyReading(() -> matchingIds(selector, "updateMany"));
        long matched = 0;
        long modified = 0;
        long started = System.nanoTime();
        applying("updateMany", found);
        synchronized (this) {
            for (Object id : found) {
                Document current = documents.get(id);
                if (current != null && documentMatchesQuery(current, selector)) {
                    Document result = super.updateDocuments(withId(selector, id), updateQuery, arrayFilters, false, false, oplog);
                    matched += ((Number) result.get("n")).longValue();
                    modified += ((Number) result.get("nModified")).longValue();
                }
            }
            if (matched == 0 && isUpsert) {
                return super.updateDocuments(selector, updateQuery, arrayFilters, true, true, oplog);
            }
        }
        applied("updateMany", found, started);
        Document result = new Document();
        result.put("n", (int) Math.min(Integer.MAX_VALUE, matched));
        result.put("nModified", (int) Math.min(Integer.MAX_VALUE, modified));
        return result;
    }

    /**
     * {@code deleteMany} in the same two phases as {@link #updateDocuments}: found without any lock, deleted under
     * the collection's lock and the commit lock in one go, so a crash leaves all of it deleted or none.
     */
    @Override
    public int deleteDocuments(Document selector, int limit, Oplog oplog) {
        if (limit > 0) {
            synchronized (this) {
                return super.deleteDocuments(selector, limit, oplog);
            }
        }
        List<Object> found = ChangeLock.whileOnlyReading(() -> matchingIds(selector, "deleteMany"));
        List<Object> removed = new ArrayList<>(found.size());
        long started = System.nanoTime();
        applying("deleteMany", found);
        synchronized (this) {
            for (Object id : found) {
                Document current = documents.get(id);
                if (current != null && documentMatchesQuery(current, selector)) {
                    removeDocument(current.cloneDeeply());
                    removed.add(id);
                }
            }
        }
        applied("deleteMany", found, started);
        oplog.handleDelete(getFullName(), selector, removed);
        return removed.size();
    }

    /** Says in the log when a large multi-document write starts applying: every commit waits for it meanwhile. */
    private void applying(String operation, List<Object> found) {
        if (found.size() >= LOG_MULTI_WRITES_FROM) {
            log.info("{} on {}: applying to {} documents as one write", operation, getFullName(), found.size());
        }
    }

    private void applied(String operation, List<Object> found, long started) {
        if (found.size() >= LOG_MULTI_WRITES_FROM) {
            log.info("{} on {}: applied to {} documents in {} ms", operation, getFullName(), found.size(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        }
    }

    /**
     * The {@code _id}s of the documents matching {@code selector} now, read through an index that narrows it or by a
     * scan (each batch from the current map, so no old version is held); refused past {@link #MAX_MULTI_WRITE}.
     */
    private List<Object> matchingIds(Document selector, String operation) {
        List<Object> ids = new ArrayList<>();
        Iterator<Document> matching = matching(selector);
        while (matching.hasNext()) {
            ids.add(matching.next().get(ID));
            if (ids.size() > MAX_MULTI_WRITE) {
                throw new MongoServerError(MULTI_WRITE_TOO_LARGE, String.format(
                        "%s on %s matches more than %,d documents; this store applies a multi-document write as one "
                                + "write that holds every commit until it ends, so it refuses larger ones: narrow the "
                                + "filter (e.g. by _id range) and run it in parts", operation, getFullName(), MAX_MULTI_WRITE));
            }
        }
        return ids;
    }

    /** The selector narrowed to one {@code _id}, in a form {@link #queryDocuments} answers by reading one document. */
    private static Document withId(Document selector, Object id) {
        if (selector.containsKey(ID)) {
            return new Document(ID, id).append("$and", List.of(selector));
        }
        Document narrowed = new Document(ID, id);
        narrowed.putAll(selector);
        return narrowed;
    }

    @Override
    public void addIndex(Index<Object> index) {
        boolean building = index instanceof SecondaryIndex secondary && secondary.isEmpty()
                && indexes.stream().noneMatch(known -> known.getName().equals(index.getName()));
        long started = System.nanoTime();
        super.addIndex(index);
        if (building) {
            INDEX_BUILDS.increment();
            log.info("built index {} of {} from {} documents in {} ms", index.getName(), getFullName(), documents.sizeAsLong(),
                    (System.nanoTime() - started) / 1_000_000);
        }
        if (indexes.stream().anyMatch(known -> known.getName().equals(index.getName()))) {
            return;
        }
        indexes.add(index);
        if (index instanceof SecondaryIndex secondary) {
            // super.addIndex has built it from the documents if it was not built yet
            secondary.markBuilt();
            secondaryIndexes.add(secondary);
        }
    }

    @Override
    public void dropIndex(String indexName) {
        super.dropIndex(indexName);
        indexes.removeIf(index -> index.getName().equals(indexName));
        secondaryIndexes.removeIf(index -> index.getName().equals(indexName));
    }

    /**
     * Reads from a secondary index when one narrows the query or gives its order ({@link IndexPlan}); a unique
     * index that answers the query (an _id lookup) still comes first, and anything else scans as before.
     */
    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
                                         Document fieldSelector) {
        Index<Object> byId = idLookup(query);
        if (byId != null) {
            // an _id equality beside other conditions ({_id, version} of an optimistic-locking save): one document
            return matchDocuments(query, byId.getPositions(new Document(ID, query.get(ID))), orderBy, numberToSkip, limit,
                    batchSize, fieldSelector);
        }
        IndexPlan plan = plan(query, orderBy, false);
        if (plan == null) {
            // the stock loop over its own index list, which is not safe to read outside the collection's lock
            for (Index<Object> index : indexes) {
                if (!(index instanceof SecondaryIndex) && index.canHandle(query)) {
                    return fromPositions(query, index.getPositions(query), orderBy, numberToSkip, limit, batchSize,
                            fieldSelector);
                }
            }
            return matchDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
        Document filter = query == null ? new Document() : query;
        if (plan.merged() && limit > 0) {
            List<Document> page = mergedPage(plan, filter, (long) numberToSkip + limit);
            return matchDocumentsFromStream(filter, page.stream(), numberToSkip, limit, batchSize, null, fieldSelector);
        }
        if (!plan.ordered()) {
            // the index narrows the candidates; the order is made here, holding at most skip + limit of them
            Comparator<Document> order = deriveComparator(orderBy);
            Stream<Document> candidates = stream(new IndexWalk(0, plan, filter, 0, -1, null).remaining());
            if (limit <= 0) {
                return sorted(SpillingSort.sort(candidates.iterator(), order), filter, numberToSkip, batchSize, fieldSelector);
            }
            List<Document> sorted = best(candidates, order, (long) numberToSkip + limit);
            return matchDocumentsFromStream(filter, sorted.stream(), numberToSkip, limit, batchSize, null, fieldSelector);
        }
        if (!CLIENT_FIND.get() && batchSize <= 0) {
            return new QueryResult(() -> new IndexWalk(0, plan, filter, numberToSkip, limit, fieldSelector).remaining());
        }
        IndexWalk walk = new IndexWalk(cursorRegistry.generateCursorId(), plan, filter, numberToSkip, limit, fieldSelector);
        List<Document> first = walk.takeDocuments(batchSize > 0 ? batchSize : DEFAULT_FIRST_BATCH);
        if (walk.isEmpty()) {
            return new QueryResult(first);
        }
        cursorRegistry.add(walk);
        return new QueryResult(first, walk);
    }

    /**
     * The documents matching an aggregation's first {@code $match}, in no particular order, read through an index
     * when one narrows the query ({@link IndexPlan} in any order, as for a count), else by a scan; lazily, a batch
     * at a time. The stock aggregation always read the whole collection and only then applied its {@code $match}.
     */
    Iterator<Document> matching(Document query) {
        CLIENT_FIND.set(Boolean.FALSE);
        Index<Object> byId = idLookup(query);
        IndexPlan plan = byId == null ? plan(query, null, true) : null;
        if (plan == null) {
            return queryDocuments(query, null, 0, 0, 0, null).iterator();
        }
        return new IndexWalk(0, plan, query, 0, -1, null).remaining();
    }

    /** Counts the keys of an index range without reading a document when the query is only equalities on it. */
    @Override
    public int count(Document query, int skip, int limit) {
        IndexPlan plan = plan(query, null, true);
        if (plan == null) {
            return super.count(query, skip, limit);
        }
        if (!plan.countsExactly()) {
            // a range, or conditions beside the index's: read only the documents in the index's range, in any order
            Iterator<Document> matching = new IndexWalk(0, plan, query, skip, limit, null).remaining();
            long counted = 0;
            while (matching.hasNext()) {
                matching.next();
                counted++;
            }
            return (int) Math.min(Integer.MAX_VALUE, counted);
        }
        MVMap<KeyValue, Object> entries = plan.index().entries();
        // bounds end in MinKey/MaxKey, which no stored key holds: getKeyIndex gives -(insertion point) - 1
        long count = (-entries.getKeyIndex(plan.to()) - 1) - (-entries.getKeyIndex(plan.from()) - 1);
        if (skip > 0) {
            count = Math.max(0, count - skip);
        }
        if (limit > 0) {
            count = Math.min(limit, count);
        }
        return (int) Math.min(Integer.MAX_VALUE, count);
    }

    /**
     * The {@code _id} index when the query fixes {@code _id} to one plain value among other conditions (the stock
     * code uses a unique index only for a query of exactly its fields, so {@code {_id, version}} scanned the
     * collection), or null.
     */
    private Index<Object> idLookup(Document query) {
        if (query == null || query.size() < 2 || !query.containsKey(ID)) {
            return null;
        }
        Object id = query.get(ID);
        if (id == null || id instanceof Document || id instanceof java.util.Collection<?> || id instanceof java.util.regex.Pattern
                || de.bwaldvogel.mongo.bson.BsonRegularExpression.isRegularExpression(id)) {
            return null;
        }
        for (Index<Object> index : indexes) {
            if (!(index instanceof SecondaryIndex) && index.getKeys().size() == 1 && index.getKeys().get(0).getKey().equals(ID)) {
                return index;
            }
        }
        return null;
    }

    private IndexPlan plan(Document query, Document orderBy, boolean anyOrder) {
        if (secondaryIndexes.isEmpty() || query == null || query.isEmpty() && (orderBy == null || orderBy.isEmpty())) {
            return null;
        }
        for (Index<Object> index : indexes) {
            if (!(index instanceof SecondaryIndex) && index.canHandle(query)) {
                return null;
            }
        }
        return IndexPlan.choose(secondaryIndexes, query, orderBy, anyOrder);
    }

    /**
     * The first {@code count} matching documents of a plan whose order is that of the index without its field
     * {@code mergeAt} (all offices, newest first, from {fieldOffice, incidentDate}): one walk per distinct value of
     * that field, found by jumping from one value to the next, merged by the rest of the key. It reads about
     * {@code count} documents plus one key per value, instead of every document.
     */
    private List<Document> mergedPage(IndexPlan plan, Document query, long count) {
        try (PinnedVersion pinned = PinnedVersion.of(documents)) {
            return mergedPageWalk(plan, query, count);
        }
    }

    private List<Document> mergedPageWalk(IndexPlan plan, Document query, long count) {
        MVMap<KeyValue, Object> entries = plan.index().entries();
        int at = plan.mergeAt();
        Comparator<KeyValue> rest = (a, b) -> {
            for (int i = at + 1; i < Math.min(a.size(), b.size()); i++) {
                int order = ValueComparator.ascWithoutListHandling().compare(a.get(i), b.get(i));
                if (order != 0) {
                    return order;
                }
            }
            return 0;
        };
        Comparator<KeyValue> order = plan.reverse() ? rest.reversed() : rest;
        record Head(KeyValue key, Cursor<KeyValue, Object> cursor) {
        }
        PriorityQueue<Head> heads = new PriorityQueue<>((a, b) -> order.compare(a.key(), b.key()));
        KeyValue value = entries.ceilingKey(plan.from());
        while (value != null && entries.getKeyType().compare(value, plan.to()) <= 0) {
            List<Object> low = new ArrayList<>(plan.from().size());
            for (int i = 0; i < at; i++) {
                low.add(plan.from().get(i));
            }
            low.add(value.get(at));
            List<Object> high = new ArrayList<>(low);
            low.add(de.bwaldvogel.mongo.bson.MinKey.getInstance());
            high.add(de.bwaldvogel.mongo.bson.MaxKey.getInstance());
            KeyValue first = new KeyValue(low);
            KeyValue last = new KeyValue(high);
            Cursor<KeyValue, Object> cursor = plan.reverse() ? entries.cursor(last, first, true) : entries.cursor(first, last, false);
            if (cursor.hasNext()) {
                heads.add(new Head(cursor.next(), cursor));
            }
            value = entries.higherKey(last);
        }
        List<Document> page = new ArrayList<>();
        while (page.size() < count && !heads.isEmpty()) {
            Head head = heads.poll();
            KeyValue key = head.key();
            if (head.cursor().hasNext()) {
                heads.add(new Head(head.cursor().next(), head.cursor()));
            }
            Document document = documents.get(key.get(key.size() - 1));
            DOCUMENTS_READ.increment();
            if (document != null && documentMatchesQuery(document, query)) {
                page.add(document.cloneDeeply());
            }
        }
        return page;
    }

    private static Stream<Document> stream(Iterator<Document> documents) {
        return java.util.stream.StreamSupport.stream(
                java.util.Spliterators.spliteratorUnknownSize(documents, java.util.Spliterator.ORDERED), false);
    }

    @Override
    protected Document getDocument(Object position) {
        Document stored = documents.get(position);
        return stored == null ? null : stored.cloneDeeply();
    }

    @Override
    protected Stream<DocumentWithPosition<Object>> streamAllDocumentsWithPosition() {
        return documents.entrySet().stream()
                .map(entry -> new DocumentWithPosition<>(entry.getValue().cloneDeeply(), entry.getKey()));
    }

    /**
     * The documents at a stock index's positions (an _id regular expression or range reaches the _id index so). The
     * stock answer to a client's find without a batch size is every match in one reply: 48,878 cases made a 108 MB
     * reply, which the driver refuses past 48 MB. Without a limit they go out a batch at a time, as from any other plan.
     */
    private QueryResult fromPositions(Document query, Iterable<Object> positions, Document orderBy, int skip, int limit,
                                      int batchSize, Document projection) {
        if (limit > 0 || !CLIENT_FIND.get() && batchSize <= 0) {
            // bounded by the limit, or read by the server itself (count, aggregation, update)
            return matchDocuments(query, positions, orderBy, skip, limit, batchSize, projection);
        }
        Comparator<Document> order = orderBy == null || orderBy.isEmpty() ? null : deriveComparator(orderBy);
        List<Object> at = new ArrayList<>(); // taken now: the stock index is not safe to read while the batches go out
        positions.forEach(at::add);
        Iterator<Document> documents = at.stream().map(this::getDocument).filter(Objects::nonNull).iterator();
        return sorted(order == null ? documents : SpillingSort.sort(documents, order), query, skip, batchSize, projection);
    }

    /** A query no unique index can answer: a scan of the whole map. */
    @Override
    protected QueryResult matchDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
                                         Document fieldSelector) {
        if (isNaturalDescending(orderBy)) {
            Stream<Document> newestFirst = documents.keySet().stream().sorted(ValueComparator.desc()).map(this::getDocument);
            return matchDocumentsFromStream(newestFirst, query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
        // _id ascending is the map's own order: a scan, not a sort (the human rights export streams all cases so)
        Comparator<Document> order = isIdAscending(orderBy) ? null : deriveComparator(orderBy);
        if (order == null) {
            if (!CLIENT_FIND.get() && batchSize <= 0) {
                // the server iterates it itself (count, aggregation, update, delete): lazily, and afresh each time
                return new QueryResult(() -> new Scan(0, query, numberToSkip, limit, fieldSelector).remaining());
            }
            Scan scan = new Scan(cursorRegistry.generateCursorId(), query, numberToSkip, limit, fieldSelector);
            List<Document> first = scan.takeDocuments(batchSize > 0 ? batchSize : DEFAULT_FIRST_BATCH);
            if (scan.isEmpty()) {
                return new QueryResult(first);
            }
            cursorRegistry.add(scan);
            return new QueryResult(first, scan);
        }
        // read as a scan is, a batch at a time from the current map: a sort that spills can take minutes, and one
        // iteration over the map for that long holds a version whose chunks idle compaction may free and reuse
        Iterator<Document> matching = new Scan(0, query, 0, 0, null).remaining();
        if (limit > 0) {
            List<Document> best = best(stream(matching), order, (long) numberToSkip + limit);
            return matchDocumentsFromStream(query, best.stream(), numberToSkip, limit, batchSize, null, fieldSelector);
        }
        return sorted(SpillingSort.sort(matching, order), query, numberToSkip, batchSize, fieldSelector);
    }

    private static boolean isIdAscending(Document orderBy) {
        return orderBy != null && orderBy.size() == 1 && orderBy.get(ID) instanceof Number direction && direction.intValue() == 1;
    }

    /** The answer of a sort without a limit: a cursor over the sorted documents, a batch at a time. */
    private QueryResult sorted(Iterator<Document> inOrder, Document query, int skip, int batchSize, Document projection) {
        Sorted cursor = new Sorted(CLIENT_FIND.get() || batchSize > 0 ? cursorRegistry.generateCursorId() : 0, inOrder,
                query, skip, projection);
        if (cursor.getId() == 0) {
            return new QueryResult(cursor::remaining);
        }
        List<Document> first = cursor.takeDocuments(batchSize > 0 ? batchSize : DEFAULT_FIRST_BATCH);
        if (cursor.isEmpty()) {
            return new QueryResult(first);
        }
        cursorRegistry.add(cursor);
        return new QueryResult(first, cursor);
    }

    /** A cursor that the server itself can also read to the end, a batch at a time (counts, aggregations, updates). */
    private abstract static class Batches extends AbstractCursor {

        Batches(long id) {
            super(id);
        }

        /** Every remaining document, read a batch at a time. */
        Iterator<Document> remaining() {
            return new Iterator<>() {
                private Iterator<Document> batch = Collections.emptyIterator();

                @Override
                public boolean hasNext() {
                    while (!batch.hasNext() && !isEmpty()) {
                        batch = takeDocuments(INTERNAL_BATCH).iterator();
                    }
                    return batch.hasNext();
                }

                @Override
                public Document next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    return batch.next();
                }
            };
        }
    }

    /** Sorted documents (from memory or a spill file, {@link SpillingSort}) handed out a batch at a time. */
    private final class Sorted extends Batches {

        private final Iterator<Document> inOrder;
        private final Document query;
        private final Document projection;
        private long toSkip;

        Sorted(long id, Iterator<Document> inOrder, Document query, int skip, Document projection) {
            super(id);
            this.inOrder = inOrder;
            this.query = query;
            this.projection = projection;
            this.toSkip = Math.max(0, skip);
        }

        @Override
        public synchronized boolean isEmpty() {
            return !inOrder.hasNext();
        }

        @Override
        public synchronized List<Document> takeDocuments(int numberToReturn) {
            int wanted = numberToReturn > 0 ? numberToReturn : DEFAULT_NEXT_BATCH;
            List<Document> batch = new ArrayList<>(Math.min(wanted, 1024));
            while (batch.size() < wanted && inOrder.hasNext()) {
                Document document = inOrder.next();
                if (toSkip > 0) {
                    toSkip--;
                    continue;
                }
                batch.add(document);
            }
            if (batch.isEmpty() || projection == null || projection.isEmpty()) {
                return batch;
            }
            return matchDocumentsFromStream(query, batch.stream(), 0, 0, 0, null, projection).collectDocuments();
        }

    }

    /** The first {@code count} documents in {@code order}, holding no more than that many at a time. */
    static List<Document> best(Stream<Document> documents, Comparator<Document> order, long count) {
        if (count >= Integer.MAX_VALUE) {
            return documents.sorted(order).toList();
        }
        int keep = (int) count;
        PriorityQueue<Document> worstFirst = new PriorityQueue<>(Math.min(keep, 1024) + 1, order.reversed());
        documents.forEach(document -> {
            worstFirst.add(document);
            if (worstFirst.size() > keep) {
                worstFirst.poll();
            }
        });
        List<Document> best = new ArrayList<>(worstFirst);
        best.sort(order);
        return best;
    }

    /**
     * A filtered walk through the map in {@code _id} order that remembers only where it is. Between batches it
     * holds no map snapshot (an old snapshot's pages may be reused once MVStore drops its chunks), so it reads
     * each batch from the current map, resuming after the last {@code _id} it passed: a document is returned at
     * most once, and one inserted behind the cursor is not seen, as with a MongoDB collection scan.
     */
    private final class Scan extends Batches {

        private final Document query;
        private final Document projection;
        private long toSkip;
        /** Documents still to return, or -1 for no limit. */
        private long toReturn;
        private Object lastPosition;
        private boolean started;
        private boolean exhausted;

        Scan(long id, Document query, int skip, int limit, Document projection) {
            super(id);
            this.query = query;
            this.projection = projection;
            this.toSkip = Math.max(0, skip);
            this.toReturn = limit > 0 ? limit : -1;
        }

        @Override
        public boolean isEmpty() {
            return exhausted;
        }

        @Override
        public synchronized List<Document> takeDocuments(int numberToReturn) {
            try (PinnedVersion pinned = PinnedVersion.of(documents)) {
                return walk(numberToReturn);
            }
        }

        private List<Document> walk(int numberToReturn) {
            int wanted = numberToReturn > 0 ? numberToReturn : DEFAULT_NEXT_BATCH;
            List<Document> batch = new ArrayList<>(Math.min(wanted, 1024));
            Cursor<Object, Document> cursor = documents.cursor(started ? lastPosition : null);
            int examined = 0;
            while (!exhausted && batch.size() < wanted) {
                if (toReturn == 0 || !cursor.hasNext()) {
                    exhausted = true;
                    break;
                }
                if (toReturn < 0 && ++examined > examinedPerBatch) {
                    break; // the rest in the next batch, from where this one stopped
                }
                Object position = cursor.next();
                if (started && documents.getKeyType().compare(position, lastPosition) == 0) {
                    continue;
                }
                started = true;
                lastPosition = position;
                Document document = cursor.getValue();
                DOCUMENTS_READ.increment();
                if (!documentMatchesQuery(document, query)) {
                    continue;
                }
                if (toSkip > 0) {
                    toSkip--;
                    continue;
                }
                batch.add(document.cloneDeeply());
                if (toReturn > 0) {
                    toReturn--;
                }
            }
            if (!exhausted && (toReturn == 0 || !cursor.hasNext())) {
                exhausted = true;
            }
            if (batch.isEmpty() || projection == null || projection.isEmpty()) {
                return batch;
            }
            // the stock code projects (its Projection class is not public); the batch is already filtered
            return matchDocumentsFromStream(query, batch.stream(), 0, 0, 0, null, projection).collectDocuments();
        }

    }

    /**
     * A walk along a range of a secondary index, reading each key's document and keeping those that match the
     * whole query. Like {@link Scan} it holds no snapshot between batches: each batch reads the current index from
     * just after the last key it passed (keys end with the {@code _id}, so they are unique and the resumption is
     * exact). A document whose indexed fields change while a client pages through may be seen at its new place.
     */
    private final class IndexWalk extends Batches {

        private final IndexPlan plan;
        private final Document query;
        private final Document projection;
        private long toSkip;
        private long toReturn;
        private KeyValue lastKey;
        private boolean exhausted;

        IndexWalk(long id, IndexPlan plan, Document query, int skip, int limit, Document projection) {
            super(id);
            this.plan = plan;
            this.query = query;
            this.projection = projection;
            this.toSkip = Math.max(0, skip);
            this.toReturn = limit > 0 ? limit : -1;
        }

        @Override
        public boolean isEmpty() {
            return exhausted;
        }

        @Override
        public synchronized List<Document> takeDocuments(int numberToReturn) {
            try (PinnedVersion pinned = PinnedVersion.of(documents)) {
                return walk(numberToReturn);
            }
        }

        private List<Document> walk(int numberToReturn) {
            int wanted = numberToReturn > 0 ? numberToReturn : DEFAULT_NEXT_BATCH;
            List<Document> batch = new ArrayList<>(Math.min(wanted, 1024));
            MVMap<KeyValue, Object> entries = plan.index().entries();
            KeyValue start = lastKey != null ? lastKey : plan.reverse() ? plan.to() : plan.from();
            KeyValue end = plan.reverse() ? plan.from() : plan.to();
            Cursor<KeyValue, Object> cursor = entries.cursor(start, end, plan.reverse());
            int examined = 0;
            while (!exhausted && batch.size() < wanted) {
                if (toReturn == 0 || !cursor.hasNext()) {
                    exhausted = true;
                    break;
                }
                if (toReturn < 0 && ++examined > examinedPerBatch) {
                    break; // as a scan: the rest in the next batch, from the last key passed
                }
                KeyValue key = cursor.next();
                if (lastKey != null && entries.getKeyType().compare(key, lastKey) == 0) {
                    continue;
                }
                lastKey = key;
                Document document = documents.get(key.get(key.size() - 1));
                DOCUMENTS_READ.increment();
                if (document == null || !documentMatchesQuery(document, query)) {
                    continue;
                }
                if (toSkip > 0) {
                    toSkip--;
                    continue;
                }
                batch.add(document.cloneDeeply());
                if (toReturn > 0) {
                    toReturn--;
                }
            }
            if (!exhausted && (toReturn == 0 || !cursor.hasNext())) {
                exhausted = true;
            }
            if (batch.isEmpty() || projection == null || projection.isEmpty()) {
                return batch;
            }
            return matchDocumentsFromStream(query, batch.stream(), 0, 0, 0, null, projection).collectDocuments();
        }

    }
}
