package org.unmiss.store.durable;

import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which requests a commit must wait for: everything but the commands known to only read. */
class ChangeLockTest {

    @Test
    void readsSkipTheLockAndEverythingElseTakesIt() {
        assertThat(ChangeLock.onlyReads(new Document("find", "cases"))).isTrue();
        assertThat(ChangeLock.onlyReads(new Document("getMore", 42L))).isTrue();
        assertThat(ChangeLock.onlyReads(new Document("isMaster", 1))).isTrue();
        assertThat(ChangeLock.onlyReads(new Document("aggregate", "cases")
                .append("pipeline", List.of(new Document("$match", new Document()), new Document("$count", "n"))))).isTrue();

        assertThat(ChangeLock.onlyReads(new Document("insert", "cases"))).isFalse();
        assertThat(ChangeLock.onlyReads(new Document("update", "cases"))).isFalse();
        assertThat(ChangeLock.onlyReads(new Document("delete", "cases"))).isFalse();
        assertThat(ChangeLock.onlyReads(new Document("findAndModify", "counters"))).isFalse();
        assertThat(ChangeLock.onlyReads(new Document("createIndexes", "cases"))).isFalse();
        assertThat(ChangeLock.onlyReads(new Document("aggregate", "cases")
                .append("pipeline", List.of(new Document("$out", "copy"))))).as("$out writes").isFalse();
        assertThat(ChangeLock.onlyReads(new Document("aggregate", "cases")
                .append("pipeline", List.of(new Document("$merge", "copy"))))).as("$merge writes").isFalse();
        assertThat(ChangeLock.onlyReads(new Document("someFutureCommand", 1))).as("unknown: assume it writes").isFalse();
        assertThat(ChangeLock.onlyReads(new Document())).isFalse();
    }
}
