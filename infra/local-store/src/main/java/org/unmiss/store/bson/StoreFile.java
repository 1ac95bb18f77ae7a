package org.unmiss.store.bson;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Opens the store's MVStore file. The file records the format its maps were written in, because MVStore
 * does not: opening a file with other types than it was written with misreads every page. A file written
 * by the stock H2 backend (the local store before the BSON format, so without the record) is copied map by
 * map into the BSON format once, and kept beside it as {@code <name>.java-serialised} until someone deletes it.
 */
public final class StoreFile {

    private static final Logger log = LoggerFactory.getLogger(StoreFile.class);

    static final String FORMAT_MAP = "unmiss.store-format";
    static final String FORMAT_KEY = "format";
    static final String FORMAT = "bson-1";

    private StoreFile() {
    }

    /** An MVStore in memory, for tests and {@code --in-memory}. */
    public static MVStore inMemory() {
        return new MVStore.Builder().open();
    }

    public static MVStore open(Path file) throws IOException {
        Path converted = converted(file);
        if (!Files.exists(file) && Files.exists(converted) && Files.exists(kept(file))) {
            // A conversion finished but stopped between its two renames: the converted file is complete.
            Files.move(converted, file);
        }
        // an empty file is a new store whose file was created owner-only before MVStore opened it
        if (Files.exists(file) && Files.size(file) > 0 && !hasCurrentFormat(file)) {
            convertJavaSerialised(file);
        }
        if (Files.notExists(file)) {
            createOwnerOnly(file);
        }
        // Auto-commit off, both by time and by unsaved memory: only GroupCommit commits, and it syncs after
        // every commit. MVStore's own commits would write chunks that nobody syncs, from threads that do not
        // know whether an operation is complete.
        MVStore store = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().autoCommitBufferSize(0).open();
        MVMap<String, String> format = store.openMap(FORMAT_MAP);
        String written = format.putIfAbsent(FORMAT_KEY, FORMAT);
        if (written != null && !written.equals(FORMAT)) {
            store.close();
            throw new IllegalStateException(file + " is in store format " + written + ", this local-store reads " + FORMAT);
        }
        store.commit();
        store.sync();
        return store;
    }

    /** MVStore would create the file with the process's umask; the store's file is its owner's only. */
    private static void createOwnerOnly(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
    }

    private static boolean hasCurrentFormat(Path file) {
        MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().open();
        try {
            if (!store.hasMap(FORMAT_MAP)) {
                return store.getMapNames().isEmpty();
            }
            return true;
        } finally {
            store.close();
        }
    }

    private static Path converted(Path file) {
        return file.resolveSibling(file.getFileName() + ".converting");
    }

    private static Path kept(Path file) {
        return file.resolveSibling(file.getFileName() + ".java-serialised");
    }

    private static void convertJavaSerialised(Path file) throws IOException {
        Path converted = converted(file);
        Path kept = kept(file);
        Files.deleteIfExists(converted);
        long started = System.nanoTime();
        long entries = 0;
        MVStore legacy = new MVStore.Builder().fileName(file.toString()).readOnly().open();
        MVStore target = new MVStore.Builder().fileName(converted.toString()).open();
        try {
            for (String name : legacy.getMapNames()) {
                MVMap<Object, Object> from = legacy.openMap(name);
                MVMap<Object, Object> to = StoreMaps.openByName(target, name);
                for (var entry : from.entrySet()) {
                    to.put(entry.getKey(), entry.getValue());
                    entries++;
                }
            }
            target.openMap(FORMAT_MAP).put(FORMAT_KEY, FORMAT);
            target.commit();
        } finally {
            target.close();
            legacy.close();
        }
        Files.move(file, kept, StandardCopyOption.REPLACE_EXISTING);
        Files.move(converted, file);
        log.warn("Converted {} to the BSON store format ({} entries in {} ms); the old file is kept as {} and can be deleted",
                file, entries, (System.nanoTime() - started) / 1_000_000, kept);
    }
}
