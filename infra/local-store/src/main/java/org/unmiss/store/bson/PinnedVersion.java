package org.unmiss.store.bson;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * Holds the store's current version in use while one walk reads it. A cursor reads the map's root of the moment it
 * was opened, loading pages from their chunks as it goes; a walk that passes many documents without finding a match
 * (a filter no index serves, over 1,000,000 cases: ~12 s) outlives several commits, and idle compaction moves live
 * pages out of sparse chunks so a later commit frees them. MVStore keeps the chunks of every registered version, as
 * it does for its own transactions; without this, the soak's grown store answered "Chunk 391 not found" (H2 2.4.240)
 * to such a walk.
 */
final class PinnedVersion implements AutoCloseable {

    private final MVStore store;
    private final MVStore.TxCounter usage;

    private PinnedVersion(MVStore store) {
        this.store = store;
        this.usage = store.registerVersionUsage();
    }

    /** Pins the current version of the map's store; open the walk's cursor after this. */
    static PinnedVersion of(MVMap<?, ?> map) {
        return new PinnedVersion(map.getStore());
    }

    @Override
    public void close() {
        store.deregisterVersionUsage(usage);
    }
}
