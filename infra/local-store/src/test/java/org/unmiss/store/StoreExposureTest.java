package org.unmiss.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The store is not an open door: loopback only unless explicitly allowed, and an owner-only data directory. */
class StoreExposureTest {

    @TempDir
    Path temp;

    @Test
    void listensOnLoopbackByDefault() throws Exception {
        LocalStore.StoreOptions defaults = LocalStore.StoreOptions.parse(new String[]{"--port=0", "--in-memory"}, Map.of());
        try (LocalStore store = LocalStore.start(defaults)) {
            assertThat(store.address().getAddress().isLoopbackAddress()).as(store.address().toString()).isTrue();
        }
    }

    @Test
    void refusesAnAddressBeyondLoopbackUnlessAllowedExplicitly() {
        LocalStore.StoreOptions fromEnvironment = LocalStore.StoreOptions.parse(new String[]{"--port=0", "--in-memory"},
                Map.of("STORE_HOST", "0.0.0.0"));
        assertThat(fromEnvironment.allowRemote()).isFalse();
        assertThatThrownBy(() -> LocalStore.start(fromEnvironment))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("loopback only")
                .hasMessageContaining("--allow-remote");

        assertThat(LocalStore.StoreOptions.parse(new String[]{"--host=0.0.0.0", "--allow-remote"}, Map.of()).allowRemote()).isTrue();
        assertThat(LocalStore.StoreOptions.parse(new String[]{}, Map.of("STORE_ALLOW_REMOTE", "true")).allowRemote()).isTrue();
        assertThat(LocalStore.StoreOptions.parse(new String[]{}, Map.of("STORE_ALLOW_REMOTE", "yes")).allowRemote())
                .as("only an explicit true widens it").isFalse();
    }

    @Test
    void createsTheDataDirectoryAndFileForTheOwnerOnly() throws Exception {
        Path dataDir = temp.resolve("new").resolve("store");
        try (LocalStore store = LocalStore.start(new LocalStore.StoreOptions("127.0.0.1", 0, dataDir));
             MongoClient client = MongoClients.create(store.connectionString())) {
            client.getDatabase("humanrights").getCollection("cases").insertOne(new Document("_id", "HR-1"));
            assertThat(mode(dataDir)).isEqualTo("rwx------");
            assertThat(mode(dataDir.resolve("store.mv"))).isEqualTo("rw-------");
        }
    }

    @Test
    void tightensAWiderDirectoryAndItsFilesAtStart() throws Exception {
        Path dataDir = Files.createDirectory(temp.resolve("store"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        try (LocalStore store = LocalStore.start(new LocalStore.StoreOptions("127.0.0.1", 0, dataDir))) {
            assertThat(store.address()).isNotNull();
        }
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxrwxrwx"));
        Files.setPosixFilePermissions(dataDir.resolve("store.mv"), PosixFilePermissions.fromString("rw-r--r--"));
        Path kept = Files.writeString(dataDir.resolve("store.mv.java-serialised"), "an older file");
        Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-rw-rw-"));

        try (LocalStore store = LocalStore.start(new LocalStore.StoreOptions("127.0.0.1", 0, dataDir))) {
            assertThat(mode(dataDir)).isEqualTo("rwx------");
            assertThat(mode(dataDir.resolve("store.mv"))).isEqualTo("rw-------");
            assertThat(mode(kept)).isEqualTo("rw-------");
        }
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
