package org.unmiss.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The store's data directory, readable by its owner only: the directory 0700 and its files 0600, set when
 * they are created and tightened at every start (a directory made by hand or by an older version may be
 * wider). The file holds victims' identities; the directory's mode is what keeps other local users out.
 */
final class DataDirectory {

    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private static final Logger log = LoggerFactory.getLogger(DataDirectory.class);
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private DataDirectory() {
    }

    /** Creates the directory (owner only) if needed and tightens it and the files in it. */
    static void secure(Path directory) throws IOException {
        if (!POSIX) {
            log.warn("{} is not on a POSIX file system: its permissions are left to the system", directory);
            Files.createDirectories(directory);
            return;
        }
        if (!Files.isDirectory(directory)) {
            Path parent = directory.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(DIRECTORY));
        }
        tighten(directory, DIRECTORY);
        try (Stream<Path> entries = Files.list(directory)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                if (Files.isRegularFile(entry)) {
                    tighten(entry, FILE);
                }
            }
        }
    }

    private static void tighten(Path path, Set<PosixFilePermission> wanted) throws IOException {
        Set<PosixFilePermission> current = Files.getPosixFilePermissions(path);
        if (!current.equals(wanted)) {
            Files.setPosixFilePermissions(path, wanted);
            log.info("tightened {} from {} to {}", path, PosixFilePermissions.toString(current),
                    PosixFilePermissions.toString(wanted));
        }
    }
}
