package org.unmiss.personnel.importing.persistence;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.unmiss.kit.store.KeyedLocks;
import org.unmiss.kit.store.ReferenceNumbers;
import org.unmiss.personnel.importing.domain.ImportOutcome;
import org.unmiss.personnel.importing.domain.ImportRecord;
import org.unmiss.personnel.importing.domain.ImportRecord.State;
import org.unmiss.personnel.person.domain.Person;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Imports that are all or nothing across any crash (ADR 0018). An attempt reserves its index
 * numbers, stages its people invisibly, then passes the commit point (its {@link ImportRecord} goes
 * from STAGING to COMMITTED in one conditional single-document write) and publishes them with one
 * update. Whoever finds a COMMITTED import unpublished finishes publishing it; whoever finds a
 * STAGING one whose process is gone abandons it: its people are deleted and its numbers handed back.
 * That clean-up runs when the service starts, before it takes requests, and when an import begins.
 *
 * <p>Work on one import is serialised within this process ({@link KeyedLocks}); across processes the
 * conditional writes on the record decide, which MongoDB applies atomically.
 */
@Component
@RequiredArgsConstructor
public class StagedImports implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(StagedImports.class);
    private static final int BATCH = 1_000;

    private final MongoTemplate mongo;
    private final PersonnelWriter writer;
    private final ReferenceNumbers numbers;
    private final Clock clock;
    private final ImportOwner me = ImportOwner.current();
    private final KeyedLocks locks = new KeyedLocks(64);
    private volatile boolean recovered;

    /** How an import begins: as a new attempt, as the answer of the same import done before, or not yet. */
    public sealed interface Begun permits Started, Done, Running {
    }

    /** This attempt owns the import: stage, then {@link #commit}, or {@link #abandon} on failure. */
    public record Started(String identity, String attempt, long firstIndex) implements Begun {
    }

    /** The same import was published before (or its publishing was finished now): its answer. */
    public record Done(String attempt, ImportOutcome outcome) implements Begun {
    }

    /** Another attempt of the same import is running in a live process. */
    public record Running(String attempt, Instant startedAt) implements Begun {
    }

    /**
     * Finishes or abandons what a crash left, before the service takes its first request. A store that
     * cannot be reached now does not keep the service from starting (it answers 503 until the store is
     * back); the first import then does the clean-up before it begins.
     */
    @Override
    public void afterSingletonsInstantiated() {
        try {
            recover();
        } catch (DataAccessException e) {
            log.warn("Could not clean up interrupted imports at start ({}); the first import will", e.getMessage());
        }
    }

    /**
     * Begins an import of {@code count} people, reserving that many index numbers ({@link Person#INDEX_PREFIX});
     * a block left by an abandoned attempt of the same import is reused rather than burnt.
     */
    public Begun begin(String identity, int count) {
        if (recovered) {
            recoverImports();
        } else {
            recover();
        }
        return locks.withLock(identity, () -> beginAlone(identity, count));
    }

    private Begun beginAlone(String identity, int count) {
        ImportRecord existing = mongo.findById(identity, ImportRecord.class);
        if (existing == null) {
            return startNew(identity, count);
        }
        switch (existing.state()) {
            case PUBLISHED -> {
                return new Done(existing.attempt(), existing.outcome());
            }
            case COMMITTED -> {
                publish(existing);
                return new Done(existing.attempt(), existing.outcome());
            }
            case STAGING -> {
                if (me.considersAlive(existing.owner(), existing.heartbeatAt(), clock.instant())) {
                    return new Running(existing.attempt(), existing.startedAt());
                }
                abandon(existing);
                existing = mongo.findById(identity, ImportRecord.class);
                if (existing == null) {
                    return startNew(identity, count);
                }
                if (existing.state() == State.COMMITTED || existing.state() == State.PUBLISHED) {
                    // its owner was only slow and passed the commit point first
                    publish(existing);
                    return new Done(existing.attempt(), existing.outcome());
                }
                if (existing.state() != State.ABANDONED) {
                    return new Running(existing.attempt(), existing.startedAt());
                }
            }
            case ABANDONED -> {
                // taken over below
            }
        }
        return takeOver(existing, count);
    }

    /**
     * Inserts people numbered elsewhere (the demo mission), visible at once and not staged: on the
     * embedded store publishing costs about as much again as inserting (20,000 people: 19 s each on a
     * loaded machine), which a first start should not pay for synthetic data.
     */
    public void insertDemoPeople(List<Person> people) {
        writer.insertPublished(people);
    }

    /** Stages people (numbered from the started attempt's block), renewing the heartbeat after every batch. */
    public void stage(Started attempt, List<Person> people) {
        for (int from = 0; from < people.size(); from += BATCH) {
            writer.stage(attempt.attempt(), people.subList(from, Math.min(people.size(), from + BATCH)));
            long renewed = mongo.updateFirst(owned(attempt, State.STAGING), Update.update("heartbeatAt", clock.instant()),
                    ImportRecord.class).getMatchedCount();
            if (renewed == 0) {
                writer.discard(attempt.attempt());
                throw new ImportInterruptedException("This import was taken over by another attempt after "
                        + (from + BATCH) + " rows; nothing of this attempt is visible. Send the file again.");
            }
        }
    }

    /**
     * The commit point, then publishing: once the record says COMMITTED the people will be visible
     * (if this process dies now, whoever finds the record finishes it).
     */
    public void commit(Started attempt, ImportOutcome outcome, List<Person> people) {
        long committed = mongo.updateFirst(owned(attempt, State.STAGING),
                Update.update("state", State.COMMITTED).set("outcome", outcome), ImportRecord.class).getMatchedCount();
        if (committed == 0) {
            writer.discard(attempt.attempt());
            throw new ImportInterruptedException("This import was taken over by another attempt before it was published; "
                    + "nothing of this attempt is visible. Send the file again.");
        }
        writer.publish(attempt.attempt(), people);
        mongo.updateFirst(owned(attempt, State.COMMITTED), Update.update("state", State.PUBLISHED), ImportRecord.class);
    }

    /** After a failure before the commit point: delete what was staged and hand the numbers back. Best effort. */
    public void abandon(Started attempt) {
        locks.withLock(attempt.identity(), () -> {
            ImportRecord current = mongo.findById(attempt.identity(), ImportRecord.class);
            if (current != null && current.attempt().equals(attempt.attempt()) && current.state() == State.STAGING) {
                abandon(current);
            }
        });
    }

    /** Finishes committed imports and abandons those whose process is gone; deletes staged people of no live attempt. */
    public void recover() {
        List<String> stagingAttempts = writer.stagingAttempts(); // before reading the records: see below
        recoverImports();
        Set<String> live = new HashSet<>();
        mongo.find(Query.query(Criteria.where("state").in(State.STAGING, State.COMMITTED)), ImportRecord.class)
                .forEach(r -> live.add(r.attempt()));
        // An attempt that staged people before the first read has its record since before it, so it is
        // in `live` if it still runs; the rest were abandoned or taken over, and their people are orphans.
        for (String attempt : stagingAttempts) {
            if (!live.contains(attempt)) {
                writer.discard(attempt);
                log.warn("Deleted the staged people of import attempt {}, which no import owns any more", attempt);
            }
        }
        recovered = true;
    }

    private void recoverImports() {
        for (ImportRecord found : mongo.find(Query.query(Criteria.where("state").in(State.STAGING, State.COMMITTED)),
                ImportRecord.class)) {
            locks.withLock(found.identity(), () -> {
                ImportRecord record = mongo.findById(found.identity(), ImportRecord.class);
                if (record == null) {
                    return;
                }
                if (record.state() == State.COMMITTED) {
                    publish(record);
                    log.info("Finished publishing import attempt {} ({} people), interrupted after its commit point",
                            record.attempt(), record.count());
                } else if (record.state() == State.STAGING
                        && !me.considersAlive(record.owner(), record.heartbeatAt(), clock.instant())) {
                    abandon(record);
                    log.warn("Abandoned import attempt {} of {} people: its process {} is gone before the commit point",
                            record.attempt(), record.count(), record.owner());
                }
            });
        }
    }

    private Begun startNew(String identity, int count) {
        long first = count == 0 ? 0 : numbers.reserve(Person.INDEX_PREFIX, count);
        String attempt = UUID.randomUUID().toString();
        Instant now = clock.instant();
        try {
            mongo.insert(new ImportRecord(identity, attempt, State.STAGING, me.encoded(), now, first, count, false, null, now));
        } catch (DuplicateKeyException anotherProcessBeganIt) {
            if (count > 0) {
                numbers.release(Person.INDEX_PREFIX, first, count);
            }
            ImportRecord other = mongo.findById(identity, ImportRecord.class);
            return new Running(other == null ? "unknown" : other.attempt(), other == null ? now : other.startedAt());
        }
        return new Started(identity, attempt, first);
    }

    private Begun takeOver(ImportRecord abandoned, int count) {
        boolean reuse = count > 0 && !abandoned.blockReleased() && abandoned.count() >= count;
        long first = reuse ? abandoned.firstIndex() : count == 0 ? 0 : numbers.reserve(Person.INDEX_PREFIX, count);
        String attempt = UUID.randomUUID().toString();
        Instant now = clock.instant();
        long taken = mongo.updateFirst(Query.query(Criteria.where("_id").is(abandoned.identity())
                        .and("attempt").is(abandoned.attempt()).and("state").is(State.ABANDONED)),
                Update.update("attempt", attempt).set("state", State.STAGING).set("owner", me.encoded()).set("heartbeatAt", now)
                        .set("firstIndex", first).set("count", count).set("blockReleased", false).unset("outcome")
                        .set("startedAt", now), ImportRecord.class).getMatchedCount();
        if (taken == 0) {
            if (!reuse && count > 0) {
                numbers.release(Person.INDEX_PREFIX, first, count);
            }
            return new Running(abandoned.attempt(), abandoned.startedAt());
        }
        if (reuse) {
            log.info("Import attempt {} reuses index numbers {} to {} of the abandoned attempt {}", attempt,
                    Person.indexNumber(first), Person.indexNumber(first + count - 1), abandoned.attempt());
        }
        return new Started(abandoned.identity(), attempt, first);
    }

    private void publish(ImportRecord committed) {
        writer.publish(committed.attempt(), writer.staged(committed.attempt()));
        mongo.updateFirst(Query.query(Criteria.where("_id").is(committed.identity()).and("attempt").is(committed.attempt())
                .and("state").is(State.COMMITTED)), Update.update("state", State.PUBLISHED), ImportRecord.class);
    }

    /**
     * Marks the attempt ABANDONED first (so its owner, if it is only slow, can no longer commit), then
     * deletes its people, then hands its numbers back if its owner is certainly not writing any more.
     */
    private void abandon(ImportRecord record) {
        long marked = mongo.updateFirst(Query.query(Criteria.where("_id").is(record.identity()).and("attempt").is(record.attempt())
                .and("state").is(State.STAGING)), Update.update("state", State.ABANDONED), ImportRecord.class).getMatchedCount();
        if (marked == 0) {
            return;
        }
        writer.discard(record.attempt());
        boolean ownerDone = me.encoded().equals(record.owner()) || me.knowsDead(record.owner());
        if (record.count() > 0 && !record.blockReleased() && ownerDone
                && numbers.release(Person.INDEX_PREFIX, record.firstIndex(), record.count())) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(record.identity()).and("attempt").is(record.attempt())),
                    Update.update("blockReleased", true), ImportRecord.class);
        }
    }

    private static Query owned(Started attempt, State state) {
        return Query.query(Criteria.where("_id").is(attempt.identity()).and("attempt").is(attempt.attempt()).and("state").is(state));
    }

}
