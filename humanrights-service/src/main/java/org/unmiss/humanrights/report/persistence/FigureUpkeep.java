package org.unmiss.humanrights.report.persistence;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.data.mongodb.core.mapping.event.BeforeSaveEvent;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.unmiss.humanrights.hrcase.domain.HrCase;
import org.unmiss.humanrights.report.domain.Cells;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps the counted cells in step with the cases (ADR 0038). Every case write is flagged in the case document itself
 * ({@code figuresPending}, in the same write) and, once stored, moves its partition by the case's change of cells,
 * then clears its flag. A batch insert (demo data) moves each partition once for the whole batch. What a crash or a
 * failed update leaves behind is a flagged case: at start every flagged case's partition is summed again from its
 * cases, and while running a case still flagged at the same version one sweep later is. At start the cells are
 * summed again from every case if they were counted under other rules or do not add up to the cases; until then the
 * reports are summed from the cases on each call.
 */
@Component
@RequiredArgsConstructor
public class FigureUpkeep extends AbstractMongoEventListener<HrCase> {

    private static final Logger log = LoggerFactory.getLogger(FigureUpkeep.class);
    private static final long STALE_AFTER_MS = 60_000;
    private static final int SWEEP_LIMIT = 1_000;

    private final FigureBook book;
    /** This thread's writes between their BeforeSave and AfterSave events, in order (a batch insert holds many). */
    private final ThreadLocal<LinkedHashMap<String, Before>> inFlight = ThreadLocal.withInitial(LinkedHashMap::new);
    private final ThreadLocal<List<Saved>> saved = ThreadLocal.withInitial(ArrayList::new);
    /** Set once the service accepts traffic: the start-up work that writes cases (demo data, upgrades) is done. */
    private volatile boolean accepting;
    /** Flagged cases seen by the last sweep: reference → version. */
    private Map<String, Long> seenFlagged = Map.of();

    private record Before(FigureBook.Counted stored, Map<String, Long> gens, long at) {
    }

    private record Saved(String reference, long version, FigureBook.Counted stored, FigureBook.Counted now, Map<String, Long> gens) {
    }

    @Override
    public void onBeforeSave(BeforeSaveEvent<HrCase> event) {
        HrCase c = event.getSource();
        if (event.getDocument() == null || c.reference() == null) {
            return;
        }
        event.getDocument().put(FigureBook.PENDING, true);
        FigureBook.Counted stored = book.stored(c.reference());
        Map<String, Long> gens = new HashMap<>();
        // read before the case is stored: a rebuild that reads the case after this has raised gen, so this write's
        // update does not match and cannot count the case a second time
        gens.put(FigureBook.partitionOf(c), book.genOrAbsent(FigureBook.partitionOf(c)));
        if (stored != null) {
            gens.computeIfAbsent(stored.partition(), book::genOrAbsent);
        }
        inFlight.get().put(c.reference(), new Before(stored, gens, System.currentTimeMillis()));
    }

    @Override
    public void onAfterSave(AfterSaveEvent<HrCase> event) {
        HrCase c = event.getSource();
        LinkedHashMap<String, Before> pending = inFlight.get();
        Before before = pending.get(c.reference());
        if (before == null) {
            return;
        }
        // writes of this thread before this one that never reached AfterSave failed: nothing of theirs to count
        var entries = pending.entrySet().iterator();
        while (entries.hasNext() && !entries.next().getKey().equals(c.reference())) {
            entries.remove();
        }
        pending.remove(c.reference());
        saved.get().add(new Saved(c.reference(), c.version() == null ? 0 : c.version(), before.stored(),
                new FigureBook.Counted(FigureBook.partitionOf(c), Cells.of(c)), before.gens()));
        if (pending.values().stream().allMatch(b -> System.currentTimeMillis() - b.at() > STALE_AFTER_MS)) {
            pending.clear();
            List<Saved> batch = new ArrayList<>(saved.get());
            saved.get().clear();
            count(batch);
        }
    }

    /**
     * Moves each partition once by the batch's change, all in one bulk write, and clears the flags of the batch's
     * cases. If any move did not match (a rebuild came between), every case of the batch stays flagged: the sweep
     * rebuilds their partitions, which counts them whatever part of the batch was applied.
     */
    private void count(List<Saved> batch) {
        Map<String, Map<Long, Cells>> deltas = new LinkedHashMap<>();
        for (Saved s : batch) {
            if (s.stored() != null) {
                deltas.computeIfAbsent(s.stored().partition(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(s.gens().get(s.stored().partition()), g -> new Cells()).add(s.stored().cells(), -1);
            }
            deltas.computeIfAbsent(s.now().partition(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(s.gens().get(s.now().partition()), g -> new Cells()).add(s.now().cells(), 1);
        }
        List<FigureBook.Move> moves = new ArrayList<>();
        deltas.forEach((partition, byGen) -> byGen.forEach((gen, delta) -> moves.add(new FigureBook.Move(partition, gen, delta))));
        boolean applied;
        try {
            applied = book.apply(moves);
        } catch (RuntimeException e) {
            log.warn("Figures of {} partitions not moved ({}); their cases stay flagged for the sweep", moves.size(), e.toString());
            applied = false;
        }
        if (!applied) {
            return;
        }
        Map<String, Long> settled = new HashMap<>();
        batch.forEach(s -> settled.merge(s.reference(), s.version(), Math::max));
        try {
            book.settled(settled);
        } catch (RuntimeException e) {
            // the flags stay: the sweep finds the cells already counted at those versions after a rebuild
            log.warn("Pending flags of {} cases not cleared ({})", settled.size(), e.toString());
        }
    }

    /** After the other start-up work (demo data, upgrades of old cases): counts what is not counted yet. */
    @EventListener
    public void onReadiness(AvailabilityChangeEvent<ReadinessState> event) {
        if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC && !accepting) {
            accepting = true;
            Thread counting = new Thread(this::start, "figures-start");
            counting.setDaemon(true);
            counting.start();
        }
    }

    public synchronized void start() {
        long started = System.nanoTime();
        try {
            book.ensureIndexes();
            if (!book.consistent()) {
                log.info("The report figures are missing, stale or do not add up to the cases: counting them from every case");
                book.rebuildAll();
            }
            recover(book.flagged(Integer.MAX_VALUE));
            book.markReady(true);
            log.info("The report figures are counted; reports read them from now on ({} ms after the check began)",
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("The report figures could not be counted at start ({}); reports are summed from the cases until the next sweep",
                    e.toString());
        }
    }

    /** Cases flagged at the same version in two sweeps a minute apart were not counted by their write: rebuild their partitions. */
    @Scheduled(fixedDelayString = "${humanrights.figures.sweep-ms:60000}", initialDelayString = "${humanrights.figures.sweep-ms:60000}")
    public synchronized void sweep() {
        if (!accepting) {
            return;
        }
        if (!book.ready()) {
            // the count at start failed (store unreachable): try again
            start();
            return;
        }
        Map<String, FigureBook.Flagged> flagged = book.flagged(SWEEP_LIMIT);
        Map<String, FigureBook.Flagged> stuck = new HashMap<>();
        flagged.forEach((reference, f) -> {
            if (Long.valueOf(f.version()).equals(seenFlagged.get(reference))) {
                stuck.put(reference, f);
            }
        });
        Map<String, Long> now = new HashMap<>();
        flagged.forEach((reference, f) -> now.put(reference, f.version()));
        seenFlagged = now;
        recover(stuck);
    }

    private void recover(Map<String, FigureBook.Flagged> flagged) {
        Set<String> partitions = new TreeSet<>();
        flagged.values().forEach(f -> partitions.add(f.partition()));
        for (String partition : partitions) {
            Map<String, Long> counted = book.rebuild(partition);
            if (counted != null) {
                book.settled(counted);
            }
        }
        if (!partitions.isEmpty()) {
            log.info("Counted {} flagged cases again by rebuilding {} partitions at {}", flagged.size(), partitions.size(), Instant.now());
        }
    }
}
