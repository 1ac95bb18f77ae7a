package org.unmiss.store.durable;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unmiss.store.bson.StoreFile;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a reply may go: only once every change counted before it is committed and synced, and not later because of
 * unsaved pages that hold no change (the idle rewriting of sparse chunks). Before, a read's reply waited for the
 * commit and sync of whatever a compaction had rewritten, so a scan right after a bulk load waited on every batch.
 */
class GroupCommitTest {

    @TempDir
    Path dir;
    private MVStore file;
    private GroupCommit commits;
    private MVMap<String, String> map;

    @BeforeEach
    void open() throws Exception {
        file = StoreFile.open(dir.resolve("store.mv"));
        map = file.openMap("test");
        // a long idle interval: no idle commit or compaction runs during a test unless it asks
        commits = GroupCommit.start(file, Duration.ofMinutes(10), failure -> {
        });
        commits.durable().get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void close() {
        commits.close();
        file.close();
    }

    @Test
    void aCountedChangeHoldsTheReplyUntilItsSyncAndUnsavedPagesWithoutAChangeDoNot() throws Exception {
        assertThat(commits.durable()).as("nothing changed since the last sync").isDone();

        ChangeLock.holding(commits.operations(), () -> map.put("a", "1"));
        CompletableFuture<Void> afterChange = commits.durable();
        afterChange.get(10, TimeUnit.SECONDS);
        assertThat(file.hasUnsavedChanges()).as("the change was committed before the reply could go").isFalse();

        // a page change no operation counted (what compaction does: it rewrites pages, it changes no data)
        map.put("rewritten", "same data elsewhere");
        assertThat(file.hasUnsavedChanges()).isTrue();
        assertThat(commits.durable()).as("a reply does not wait for pages that hold no change").isDone();
    }

    @Test
    void aChangeAfterAReadingPhaseIsCountedAgain() throws Exception {
        CompletableFuture<Void> during = ChangeLock.holding(commits.operations(), () -> {
            ChangeLock.whileOnlyReading(() -> {
                // a commit that runs while the change only reads captures the count so far, and syncs
                commits.commitSoon();
                try {
                    commits.durable().get(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return null;
            });
            map.put("b", "2");
            return commits.durable();
        });
        during.get(10, TimeUnit.SECONDS);
        assertThat(file.hasUnsavedChanges()).as("the change made after the reading phase was synced before its reply").isFalse();
        assertThat(map.get("b")).isEqualTo("2");
    }
}
