package org.unmiss.humanrights.report.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;
import org.unmiss.humanrights.report.persistence.QuarterStamps;

import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * Keeps computed figures while no case they could count has been written: each entry carries the
 * {@link QuarterStamps#fingerprint fingerprint} of its period and is recomputed once that changes. The
 * figures add up every case of a period, seconds of scanning at 100,000 violations on the embedded store,
 * while reporting tools ask for the same periods again and again. Ten minutes bound what a write that
 * raised no stamp could cost; a thousand entries bound the memory.
 */
@Component
class FigureCache {

    private static final Duration LIMIT = Duration.ofMinutes(10);

    private final QuarterStamps stamps;
    private final Cache<String, Entry> entries = Caffeine.newBuilder().maximumSize(1_000).expireAfterWrite(LIMIT).build();

    FigureCache(QuarterStamps stamps) {
        this.stamps = stamps;
    }

    /** The figures for {@code key} over the cases dated from..to, computed again only after such a case changed. */
    <T> T get(String key, LocalDate from, LocalDate to, Class<T> type, Supplier<T> compute) {
        // Read before computing: a write during the computation leaves an entry that the next call recomputes.
        String fingerprint = stamps.fingerprint(from, to);
        Entry entry = entries.getIfPresent(key);
        if (entry != null && entry.fingerprint().equals(fingerprint)) {
            return type.cast(entry.figures());
        }
        T figures = compute.get();
        entries.put(key, new Entry(fingerprint, figures));
        return figures;
    }

    private record Entry(String fingerprint, Object figures) {
    }
}
