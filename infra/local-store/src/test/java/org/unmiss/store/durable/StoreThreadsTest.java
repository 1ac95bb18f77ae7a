package org.unmiss.store.durable;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class StoreThreadsTest {

    @Test
    void namesTheStoresThreadsWithWhereTheyWaitAndLeavesOthersOut() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> holdUntil(started, release), "local-store-connection-test");
        Thread unrelated = new Thread(() -> holdUntil(new CountDownLatch(1), release), "someone-else");
        holder.start();
        unrelated.start();
        try {
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            String described = StoreThreads.describe();

            assertThat(described).contains("local-store-connection-test")
                    .contains("StoreThreadsTest.holdUntil")
                    .contains("CountDownLatch")
                    .doesNotContain("someone-else");
        } finally {
            release.countDown();
            holder.join();
            unrelated.join();
        }
    }

    private static void holdUntil(CountDownLatch started, CountDownLatch release) {
        started.countDown();
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
