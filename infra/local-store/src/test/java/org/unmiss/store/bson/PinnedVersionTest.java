package org.unmiss.store.bson;

import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A walk over a map's root while the map is rewritten, compacted and committed (what idle compaction and the
 * writers do during a long scan of the store): unpinned, the walk reaches a chunk MVStore has dropped; pinned, it
 * reads every entry of the version it began on.
 */
class PinnedVersionTest {

    private static final int ENTRIES = 20_000;
    private static final String VALUE = "v".repeat(400);

    @TempDir
    Path dir;

    @Test
    void aPinnedWalkReadsItsVersionWhileTheMapIsRewrittenAndCompacted() {
        try (MVStore store = open("pinned.mv")) {
            MVMap<Integer, String> map = filled(store);
            try (PinnedVersion pinned = PinnedVersion.of(map)) {
                Cursor<Integer, String> walk = map.cursor(null);
                walk.next();
                rewriteAndCompact(store, map);
                int read = 1;
                while (walk.hasNext()) {
                    walk.next();
                    assertThat(walk.getValue()).isEqualTo(VALUE);
                    read++;
                }
                assertThat(read).isEqualTo(ENTRIES);
            }
        }
    }

    @Test
    void anUnpinnedWalkLosesItsChunksSoThePinIsWhatKeepsThem() {
        try (MVStore store = open("unpinned.mv")) {
            MVMap<Integer, String> map = filled(store);
            Cursor<Integer, String> walk = map.cursor(null);
            walk.next();
            rewriteAndCompact(store, map);
            assertThatThrownBy(() -> {
                while (walk.hasNext()) {
                    walk.next();
                }
            }).isInstanceOf(MVStoreException.class).hasMessageContaining("not found");
        }
    }

    /**
     * As StoreFile opens the store (only the store's own commits, no background thread), with a small page cache so
     * the walk reads its pages from the file. MVStore overwrites a chunk nobody uses once it is older than the
     * retention time (45 s): the grown store's chunks were, the test's would not be, so its retention is none.
     */
    private MVStore open(String name) {
        MVStore store = new MVStore.Builder().fileName(dir.resolve(name).toString()).autoCommitDisabled()
                .autoCommitBufferSize(0).cacheSize(1).open();
        store.setRetentionTime(0);
        return store;
    }

    private static MVMap<Integer, String> filled(MVStore store) {
        MVMap<Integer, String> map = store.openMap("documents");
        for (int i = 0; i < ENTRIES; i++) {
            map.put(i, VALUE);
            if (i % 1_000 == 999) {
                store.commit();
            }
        }
        store.commit();
        return map;
    }

    private static void rewriteAndCompact(MVStore store, MVMap<Integer, String> map) {
        for (int round = 0; round < 10; round++) {
            for (int i = 0; i < ENTRIES; i++) {
                map.put(i, round + VALUE.substring(1));
                if (i % 1_000 == 999) {
                    store.commit();
                }
            }
            store.commit();
            store.compact(90, 64 * 1024 * 1024);
            store.commit();
        }
    }
}
