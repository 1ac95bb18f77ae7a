package org.unmiss.store.durable;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The stacks of the store's own threads (named {@code local-store-*}), for the log when something holds every
 * commit back: a commit that waits tens of seconds holds every reply back too, and only the holder's stack says
 * which operation it is (a clean-clone build once saw an index build of 5,370 documents take 40 s while a commit
 * waited, and nothing in the log said where that thread was).
 */
final class StoreThreads {

    private static final int FRAMES_PER_THREAD = 60;

    private StoreThreads() {
    }

    static String describe() {
        ThreadInfo[] threads = ManagementFactory.getThreadMXBean().dumpAllThreads(true, false);
        return Arrays.stream(threads)
                .filter(thread -> thread.getThreadName().startsWith("local-store-"))
                .map(StoreThreads::describe)
                .collect(Collectors.joining());
    }

    private static String describe(ThreadInfo thread) {
        StringBuilder text = new StringBuilder("\n  ").append(thread.getThreadName()).append(' ')
                .append(thread.getThreadState());
        if (thread.getLockName() != null) {
            text.append(" on ").append(thread.getLockName());
        }
        Arrays.stream(thread.getStackTrace()).limit(FRAMES_PER_THREAD)
                .forEach(frame -> text.append("\n      at ").append(frame));
        return text.toString();
    }
}
