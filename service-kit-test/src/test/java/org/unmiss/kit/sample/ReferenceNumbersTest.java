package org.unmiss.kit.sample;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unmiss.kit.store.ReferenceNumbers;
import org.unmiss.kit.testing.ServiceTest;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Against the real store: numbers are formatted as cited, yearly, and never handed out twice. */
@ServiceTest
class ReferenceNumbersTest {

    @Autowired
    ReferenceNumbers numbers;

    private static String uniquePrefix() {
        return "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
    }

    @Test
    void countsPerPrefixAndYear() {
        String prefix = uniquePrefix();
        assertThat(numbers.next(prefix, 2026)).isEqualTo(prefix + "-2026-000001");
        assertThat(numbers.next(prefix, 2026)).isEqualTo(prefix + "-2026-000002");
        assertThat(numbers.next(prefix, 2027)).isEqualTo(prefix + "-2027-000001");
        assertThat(numbers.next(prefix)).isEqualTo(prefix + "-000001");
    }

    @Test
    void reservesBlocksAndAdvancesPastLoadedNumbers() {
        String prefix = uniquePrefix();
        assertThat(numbers.reserve(prefix, 2026, 500)).as("first of the block").isEqualTo(1);
        assertThat(numbers.next(prefix, 2026)).isEqualTo(prefix + "-2026-000501");
        assertThat(numbers.reserve(prefix, 3)).isEqualTo(1);
        assertThat(numbers.reserve(prefix, 2)).isEqualTo(4);
        numbers.advanceTo(prefix, 100);
        assertThat(numbers.next(prefix)).isEqualTo(prefix + "-000101");
        numbers.advanceTo(prefix, 2026, 9_000);
        numbers.advanceTo(prefix, 2026, 10); // never moves a sequence back
        assertThat(numbers.next(prefix, 2026)).isEqualTo(prefix + "-2026-009001");
    }

    @Test
    void aBlockNobodyUsedIsHandedBackOnlyWhileNothingWasReservedAfterIt() {
        String prefix = uniquePrefix();
        assertThat(numbers.reserve(prefix, 10)).isEqualTo(1);
        assertThat(numbers.release(prefix, 1, 10)).isTrue();
        assertThat(numbers.reserve(prefix, 10)).as("the same block again: not burnt").isEqualTo(1);
        assertThat(numbers.reserve(prefix, 5)).isEqualTo(11);
        assertThat(numbers.release(prefix, 1, 10)).as("numbers after it are taken").isFalse();
        assertThat(numbers.next(prefix)).as("a gap, never a number twice").isEqualTo(prefix + "-000016");
    }

    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    @Test
    void sixteenThreadsOnTwoInstancesNeverShareANumber() throws InterruptedException {
        String prefix = uniquePrefix();
        ReferenceNumbers[] instances = {numbers, new ReferenceNumbers(mongo)};
        java.util.List<String> all = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        for (int t = 0; t < 16; t++) {
            ReferenceNumbers mine = instances[t % 2];
            pool.submit(() -> {
                start.await();
                for (int i = 0; i < 25; i++) {
                    all.add(mine.next(prefix));
                }
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(120, TimeUnit.SECONDS)).isTrue();
        assertThat(all).hasSize(400).doesNotHaveDuplicates().contains(prefix + "-000400");
    }

    @Test
    void neverHandsOutANumberTwiceUnderConcurrency() throws InterruptedException {
        String prefix = uniquePrefix();
        Set<String> issued = ConcurrentHashMap.newKeySet();
        java.util.List<String> all = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        java.util.List<Throwable> failures = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 200; i++) {
            pool.submit(() -> {
                try {
                    String n = numbers.next(prefix, 2026);
                    all.add(n);
                    issued.add(n);
                } catch (Throwable t) {
                    failures.add(t);
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(failures).isEmpty();
        assertThat(all).hasSize(200);
        assertThat(issued).hasSize(200).contains(prefix + "-2026-000200");
    }
}
