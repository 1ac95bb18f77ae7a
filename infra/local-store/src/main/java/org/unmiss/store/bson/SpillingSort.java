package org.unmiss.store.bson;

import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Sorts documents within a fixed heap: up to {@link #MEMORY_BYTES} of them are sorted in memory; past that, every
 * document goes into a B-tree in a temporary MVStore file of its own (keys ordered by the sort, then by arrival),
 * whose pages MVStore writes out and evicts from its small cache, and the sorted documents are read back from it in
 * order. This is what MongoDB calls an external sort ({@code allowDiskUse}); MongoDB refuses a blocking sort over
 * 100 MB without it (error 292), which Spring Data turns into a 500 for the service's client, so the store spills
 * instead: a sorted read without a limit is a request the services make (exports, reports), not a client's error.
 *
 * <p>The file is deleted as soon as it is opened (Linux keeps an open file's data until it is closed), so neither a
 * crash nor an abandoned cursor leaves one behind; its space is returned when the iteration ends, or when the
 * cursor holding it is collected.
 */
public final class SpillingSort {

    /** Documents (by their estimated size in memory) sorted in the heap before the sort spills to a file. */
    static final long MEMORY_BYTES = 16L * 1024 * 1024;
    /** MVStore's page cache of a spill file, in MB. */
    private static final int SPILL_CACHE_MB = 4;
    private static final Cleaner CLEANER = Cleaner.create();

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SpillingSort.class);

    /** Sorts spilled to a file since start: what a test looks at to see that a large sort did not stay in memory. */
    static final java.util.concurrent.atomic.LongAdder SPILLS = new java.util.concurrent.atomic.LongAdder();

    private static volatile Path spillDirectory = Path.of(System.getProperty("java.io.tmpdir"));

    private SpillingSort() {
    }

    /** Where spill files go: the store's data directory (owner-only), or the temporary directory for one in memory. */
    public static void spillInto(Path directory) {
        spillDirectory = directory;
    }

    /** The documents in {@code order} (stable: equal ones in the order they came), holding a bounded part in memory. */
    static Iterator<Document> sort(Iterator<Document> documents, Comparator<Document> order) {
        List<Document> inMemory = new ArrayList<>();
        long bytes = 0;
        while (documents.hasNext()) {
            Document document = documents.next();
            inMemory.add(document);
            bytes += BsonCodec.estimateMemory(document);
            if (bytes > MEMORY_BYTES) {
                return spill(inMemory, documents, order);
            }
        }
        inMemory.sort(order);
        return inMemory.iterator();
    }

    private static Iterator<Document> spill(List<Document> first, Iterator<Document> rest, Comparator<Document> order) {
        SPILLS.increment();
        Path file;
        try {
            file = Files.createTempFile(spillDirectory, "sort-", ".mv",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (IOException e) {
            throw new UncheckedIOException("no room for a sort's spill file in " + spillDirectory, e);
        }
        // no background thread: it would compact the file while the sorted documents are read back, freeing the
        // chunks of the version the reading iterator holds ("Chunk ... not found"); commits are made here
        MVStore store = new MVStore.Builder().fileName(file.toString()).cacheSize(SPILL_CACHE_MB).autoCommitDisabled()
                .open();
        try {
            Files.delete(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
        Spill spill = new Spill(store);
        try {
            MVMap<Entry, Boolean> sorted = store.openMap("sorted", new MVMap.Builder<Entry, Boolean>()
                    .keyType(new EntryType(order)).valueType(new Present()));
            long sequence = 0;
            for (Document document : first) {
                sorted.put(new Entry(document, sequence++), Boolean.TRUE);
            }
            first.clear();
            while (rest.hasNext()) {
                sorted.put(new Entry(rest.next(), sequence++), Boolean.TRUE);
                if (sequence % 5_000 == 0) {
                    // unsaved pages stay in the heap until a commit writes them
                    store.commit();
                }
            }
            store.commit();
            log.info("sorted {} documents through a spill file", sequence);
            Iterator<Entry> keys = sorted.keyIterator(null);
            Iterator<Document> inOrder = new Iterator<>() {
                @Override
                public boolean hasNext() {
                    if (keys.hasNext()) {
                        return true;
                    }
                    spill.run();
                    return false;
                }

                @Override
                public Document next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    return keys.next().document();
                }
            };
            // a cursor its client abandoned is collected at last: its file goes with it
            CLEANER.register(inOrder, spill);
            return inOrder;
        } catch (RuntimeException | Error e) {
            spill.run();
            throw e;
        }
    }

    /** Closes a spill file once (the iteration's end, a failure or the cleaner, whichever comes first). */
    private static final class Spill implements Runnable {
        private final MVStore store;

        Spill(MVStore store) {
            this.store = store;
        }

        @Override
        public synchronized void run() {
            if (!store.isClosed()) {
                store.closeImmediately();
            }
        }
    }

    private record Entry(Document document, long sequence) {
    }

    /** A spilled document as its own key: BSON, ordered by the sort, then by arrival (so keys are unique). */
    private static final class EntryType extends BasicDataType<Entry> {
        private final Comparator<Document> order;

        EntryType(Comparator<Document> order) {
            this.order = order;
        }

        @Override
        public int compare(Entry a, Entry b) {
            int byOrder = order.compare(a.document(), b.document());
            return byOrder != 0 ? byOrder : Long.compare(a.sequence(), b.sequence());
        }

        @Override
        public int getMemory(Entry entry) {
            return BsonCodec.estimateMemory(entry.document()) + 16;
        }

        @Override
        public void write(WriteBuffer buffer, Entry entry) {
            buffer.putLong(entry.sequence());
            BsonCodec.writeDocument(buffer, entry.document());
        }

        @Override
        public Entry read(ByteBuffer buffer) {
            long sequence = buffer.getLong();
            return new Entry(BsonCodec.readDocument(buffer), sequence);
        }

        @Override
        public Entry[] createStorage(int size) {
            return new Entry[size];
        }
    }

    /** The map's value: nothing but presence. */
    private static final class Present extends BasicDataType<Boolean> {
        @Override
        public int getMemory(Boolean value) {
            return 0;
        }

        @Override
        public void write(WriteBuffer buffer, Boolean value) {
            buffer.put((byte) 1);
        }

        @Override
        public Boolean read(ByteBuffer buffer) {
            buffer.get();
            return Boolean.TRUE;
        }

        @Override
        public Boolean[] createStorage(int size) {
            return new Boolean[size];
        }
    }
}
