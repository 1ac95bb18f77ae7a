package org.unmiss.store.bson;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractCursor;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
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
import java.util.PriorityQueue;
import java.util.concurrent.CopyOnWriteArrayList;
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
    /** Documents read per step of a scan that the server itself iterates (counts, aggregations, updates). */
    private static final int INTERNAL_BATCH = 256;

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

    @Override
    public QueryResult handleQuery(QueryParameters parameters) {
        // the find command wraps its filter in $query; the server's own queries pass the filter as it is
        if (!parameters.getQuerySelector().containsKey("$query")) {
            return super.handleQuery(parameters);
        }
        CLIENT_FIND.set(Boolean.TRUE);
        try {
            return super.handleQuery(parameters);
        } finally {
            CLIENT_FIND.set(Boolean.FALSE);
        }
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
        IndexPlan plan = plan(query, orderBy, false);
        if (plan == null) {
            return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
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
            List<Document> sorted = limit > 0 ? best(candidates, order, (long) numberToSkip + limit)
                    : candidates.sorted(order).toList();
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

    /** Counts the keys of an index range without reading a document when the query is only equalities on it. */
    @Override
    public synchronized int count(Document query, int skip, int limit) {
        IndexPlan plan = plan(query, null, true);
        if (plan == null || !plan.countsExactly()) {
            return super.count(query, skip, limit);
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

    /** A query no unique index can answer: a scan of the whole map. */
    @Override
    protected QueryResult matchDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
                                         Document fieldSelector) {
        if (isNaturalDescending(orderBy)) {
            Stream<Document> newestFirst = documents.keySet().stream().sorted(ValueComparator.desc()).map(this::getDocument);
            return matchDocumentsFromStream(newestFirst, query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
        Comparator<Document> order = deriveComparator(orderBy);
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
        Stream<Document> matching = documents.values().stream()
                .peek(document -> DOCUMENTS_READ.increment())
                .filter(document -> documentMatchesQuery(document, query))
                .map(Document::cloneDeeply);
        if (limit > 0) {
            List<Document> best = best(matching, order, (long) numberToSkip + limit);
            return matchDocumentsFromStream(query, best.stream(), numberToSkip, limit, batchSize, null, fieldSelector);
        }
        return matchDocumentsFromStream(query, matching, numberToSkip, limit, batchSize, order, fieldSelector);
    }

    /** The first {@code count} documents in {@code order}, holding no more than that many at a time. */
    private static List<Document> best(Stream<Document> documents, Comparator<Document> order, long count) {
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
    private final class Scan extends AbstractCursor {

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
            int wanted = numberToReturn > 0 ? numberToReturn : DEFAULT_NEXT_BATCH;
            List<Document> batch = new ArrayList<>(Math.min(wanted, 1024));
            Cursor<Object, Document> cursor = documents.cursor(started ? lastPosition : null);
            while (!exhausted && batch.size() < wanted) {
                if (toReturn == 0 || !cursor.hasNext()) {
                    exhausted = true;
                    break;
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

        /** Every remaining document, read a batch at a time, for the server's own use (counts, aggregations). */
        Iterator<Document> remaining() {
            return new Iterator<>() {
                private Iterator<Document> batch = Collections.emptyIterator();

                @Override
                public boolean hasNext() {
                    while (!batch.hasNext() && !exhausted) {
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

    /**
     * A walk along a range of a secondary index, reading each key's document and keeping those that match the
     * whole query. Like {@link Scan} it holds no snapshot between batches: each batch reads the current index from
     * just after the last key it passed (keys end with the {@code _id}, so they are unique and the resumption is
     * exact). A document whose indexed fields change while a client pages through may be seen at its new place.
     */
    private final class IndexWalk extends AbstractCursor {

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
            int wanted = numberToReturn > 0 ? numberToReturn : DEFAULT_NEXT_BATCH;
            List<Document> batch = new ArrayList<>(Math.min(wanted, 1024));
            MVMap<KeyValue, Object> entries = plan.index().entries();
            KeyValue start = lastKey != null ? lastKey : plan.reverse() ? plan.to() : plan.from();
            KeyValue end = plan.reverse() ? plan.from() : plan.to();
            Cursor<KeyValue, Object> cursor = entries.cursor(start, end, plan.reverse());
            while (!exhausted && batch.size() < wanted) {
                if (toReturn == 0 || !cursor.hasNext()) {
                    exhausted = true;
                    break;
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

        Iterator<Document> remaining() {
            return new Iterator<>() {
                private Iterator<Document> batch = Collections.emptyIterator();

                @Override
                public boolean hasNext() {
                    while (!batch.hasNext() && !exhausted) {
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
}
