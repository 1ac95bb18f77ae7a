package org.unmiss.humanrights.report.persistence;

import lombok.RequiredArgsConstructor;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.unmiss.humanrights.hrcase.domain.HrCase;
import org.unmiss.humanrights.report.domain.Cells;
import org.unmiss.kit.security.FieldOfficeScope;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The counted cells of every partition (field office × incident month), one document each in {@code hr_figures}
 * (ADR 0038): {@code {_id: "JUBA|2026-02", office, month, gen, incs, cells: {key: {n, v, c}}}}. A case write moves one
 * partition by the difference of the case's cells in a single-document update, so the store applies it whole or not
 * at all. {@code gen} guards against counting a case twice when a partition is summed again from its cases while
 * cases are written: a write's update names the {@code gen} read before the case was saved, and a rebuild raises
 * {@code gen} before it reads the cases and once more when it stores their sum (only if no write's update landed
 * meanwhile, which {@code incs} shows). A write whose update no longer matches leaves its case flagged
 * ({@code figuresPending}) for {@link FigureUpkeep} to rebuild the partition.
 */
@Component
@RequiredArgsConstructor
public class FigureBook {

    static final String FIGURES = "hr_figures";
    static final String META = "hr_figures_meta";
    /** Raised whenever the cells' meaning changes, so a service with new rules rebuilds every partition once. */
    static final int SCHEMA = 3; // 3: victims linked to one person counted once (ADR 0090)
    static final String PENDING = "figuresPending";
    private static final Logger log = LoggerFactory.getLogger(FigureBook.class);
    private static final int ATTEMPTS = 5;
    /** The fields {@link Cells#of} reads; nothing sealed is ever read to count. */
    static final String[] FIGURE_FIELDS = {"fieldOffice", "incidentDate", "incidentMonth", "incidentQuarter", "location.state",
            "status", "verified", "lateVerification", "occurredFrom", "version", "violations.type", "violations.code",
            "violations.verification.outcome",
            "violations.perpetrators.partyCode", "violations.releasableVictimCount", "violations.releasableChildVictimCount",
            "violations.victims.sex", "violations.victims.ageGroup", "violations.victims.count", "violations.victims.kind",
            "violations.victims.consent.deidentifiedReporting", "violations.victims.consent.recordedAt",
            "violations.victims.personCode"};

    private final MongoTemplate mongo;
    private volatile boolean ready;

    /** Whether every partition has been counted under the current rules, so reports may be read from the cells. */
    public boolean ready() {
        return ready;
    }

    void markReady(boolean value) {
        ready = value;
    }

    // ---------------------------------------------------------------- writes

    /** The partition's {@code gen}, creating the partition (empty) when it does not exist yet. */
    long gen(String partition) {
        Document doc = mongo.findOne(Query.query(Criteria.where("_id").is(partition)).with(Sort.unsorted()), Document.class, FIGURES);
        if (doc != null) {
            return number(doc.get("gen"));
        }
        String[] parts = partition.split("\\|", 2);
        Document created = mongo.findAndModify(Query.query(Criteria.where("_id").is(partition)),
                new Update().setOnInsert("office", parts[0]).setOnInsert("month", parts[1]).setOnInsert("gen", 0L)
                        .setOnInsert("incs", 0L),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, FIGURES);
        return number(created.get("gen"));
    }

    /** A partition that does not exist yet, for {@link #apply}: created by the move itself. */
    static final long ABSENT = -1;

    /** The partition's {@code gen}, or {@link #ABSENT} (nothing is created: a batch creates its partitions in one write). */
    long genOrAbsent(String partition) {
        Query query = Query.query(Criteria.where("_id").is(partition));
        query.fields().include("gen");
        Document doc = mongo.findOne(query, Document.class, FIGURES);
        return doc == null ? ABSENT : number(doc.get("gen"));
    }

    /** Moves a partition by {@code delta} if its {@code gen} is still the one read before the case was stored. */
    record Move(String partition, long gen, Cells delta) {
    }

    /**
     * Applies the moves in one bulk write (one sync); true if every one matched. A move whose partition was rebuilt
     * meanwhile (or created by another write) does not match: the caller then leaves its cases flagged.
     */
    boolean apply(List<Move> moves) {
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, FIGURES);
        for (Move move : moves) {
            Update update = new Update().inc("incs", 1L);
            move.delta().nonZero().forEach((key, cell) -> {
                String path = "cells." + escape(key) + ".";
                update.inc(path + "n", cell[0]).inc(path + "v", cell[1]).inc(path + "c", cell[2]);
            });
            if (move.gen() == ABSENT) {
                String[] parts = move.partition().split("\\|", 2);
                bulk.upsert(Query.query(Criteria.where("_id").is(move.partition()).and("gen").exists(false)),
                        update.setOnInsert("office", parts[0]).setOnInsert("month", parts[1]).setOnInsert("gen", 0L));
            } else {
                bulk.updateOne(Query.query(Criteria.where("_id").is(move.partition()).and("gen").is(move.gen())), update);
            }
        }
        try {
            var result = bulk.execute();
            return result.getMatchedCount() + result.getUpserts().size() == moves.size();
        } catch (org.springframework.dao.DataAccessException e) {
            // a duplicate key: another write created the partition first
            return false;
        }
    }

    /** Clears the pending flag of cases counted at the given versions (a later write of a case keeps its own flag). */
    void settled(Map<String, Long> versions) {
        if (versions.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, casesCollection());
        versions.forEach((reference, version) -> bulk.updateOne(
                Query.query(Criteria.where("_id").is(reference).and("version").is(version).and(PENDING).is(true)),
                new Update().unset(PENDING)));
        bulk.execute();
    }

    /** The stored case's cells and where they are counted (before a save replaces it), or null for a new case. */
    Counted stored(String reference) {
        Query query = Query.query(Criteria.where("_id").is(reference));
        query.fields().include(FIGURE_FIELDS);
        HrCase stored = mongo.findOne(query, HrCase.class);
        return stored == null ? null : new Counted(partitionOf(stored), Cells.of(stored));
    }

    record Counted(String partition, Cells cells) {
    }

    static String partitionOf(HrCase c) {
        return Cells.partition(c.fieldOffice(), c.incidentDate().toString().substring(0, 7));
    }

    // ---------------------------------------------------------------- rebuilds

    /**
     * Sums the partition again from its cases and stores the sum, unless cases of it were counted by writes while
     * it summed (then it sums again, a few times at most). Returns the versions it counted, or null if it gave up.
     */
    Map<String, Long> rebuild(String partition) {
        String[] parts = partition.split("\\|", 2);
        YearMonth month = YearMonth.parse(parts[1]);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            gen(partition);
            Document raised = mongo.findAndModify(Query.query(Criteria.where("_id").is(partition)), new Update().inc("gen", 1L),
                    FindAndModifyOptions.options().returnNew(true), Document.class, FIGURES);
            long gen = number(raised.get("gen"));
            long incs = number(raised.get("incs"));
            Cells sum = new Cells();
            Map<String, Long> versions = new HashMap<>();
            Query query = Query.query(Criteria.where("fieldOffice").is(parts[0]).and("incidentDate")
                    .gte(month.atDay(1)).lte(month.atEndOfMonth()));
            query.fields().include(FIGURE_FIELDS);
            // sorted by the date only so the store reads the office_date index: an unsorted query is answered in
            // _id order, which no index of the range gives, so the local store would scan every case instead
            query.with(Sort.by("incidentDate"));
            try (Stream<HrCase> cases = mongo.stream(query, HrCase.class)) {
                cases.forEach(c -> {
                    sum.add(Cells.of(c), 1);
                    versions.put(c.reference(), c.version());
                });
            }
            if (store(partition, gen, incs, sum)) {
                return versions;
            }
        }
        log.warn("Figures of {} were written to while being summed {} times; left for the next sweep", partition, ATTEMPTS);
        return null;
    }

    /** Replaces the partition's cells with {@code sum} if neither a rebuild nor a write touched it since {@code gen, incs}. */
    private boolean store(String partition, long gen, long incs, Cells sum) {
        Document cells = new Document();
        sum.nonZero().forEach((key, cell) -> cells.put(escape(key), new Document("n", cell[0]).append("v", cell[1]).append("c", cell[2])));
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(partition).and("gen").is(gen).and("incs").is(incs)),
                new Update().set("cells", cells).set("gen", gen + 1), FIGURES).getMatchedCount() == 1;
    }

    /**
     * Every partition summed again in one pass over the cases (after a schema change, or when the cells do not add
     * up to the cases, e.g. cases loaded behind the service's back); a partition written to meanwhile is rebuilt alone.
     */
    void rebuildAll() {
        long started = System.nanoTime();
        mongo.updateMulti(new Query(), new Update().inc("gen", 1L), FIGURES);
        Map<String, long[]> before = new HashMap<>();
        mongo.find(new Query(), Document.class, FIGURES).forEach(d -> before.put(d.getString("_id"),
                new long[] {number(d.get("gen")), number(d.get("incs"))}));
        Map<String, Cells> sums = new TreeMap<>();
        Query query = new Query();
        query.fields().include(FIGURE_FIELDS);
        long counted = 0;
        try (Stream<HrCase> cases = mongo.stream(query, HrCase.class)) {
            for (HrCase c : (Iterable<HrCase>) cases::iterator) {
                sums.computeIfAbsent(partitionOf(c), p -> new Cells()).add(Cells.of(c), 1);
                counted++;
            }
        }
        List<String> alone = new ArrayList<>();
        for (String partition : before.keySet()) {
            sums.putIfAbsent(partition, new Cells());
        }
        sums.forEach((partition, sum) -> {
            long[] seen = before.get(partition);
            boolean stored = seen != null ? store(partition, seen[0], seen[1], sum) : insertNew(partition, sum);
            if (!stored) {
                alone.add(partition);
            }
        });
        alone.forEach(this::rebuild);
        mongo.upsert(Query.query(Criteria.where("_id").is("figures")), new Update().set("schema", SCHEMA)
                .set("builtAt", java.time.Instant.now()), META);
        log.info("Counted the figures of {} cases in {} partitions in {} ms ({} rebuilt alone)", counted, sums.size(),
                (System.nanoTime() - started) / 1_000_000, alone.size());
    }

    private boolean insertNew(String partition, Cells sum) {
        gen(partition);
        Document doc = mongo.findOne(Query.query(Criteria.where("_id").is(partition)), Document.class, FIGURES);
        // created by a write during the pass: its gen is unknown to the pass, so it is rebuilt alone
        return doc != null && number(doc.get("incs")) == 0 && store(partition, number(doc.get("gen")), 0, sum);
    }

    /** Whether the cells were counted under the current rules and count exactly the cases the store holds. */
    boolean consistent() {
        Document meta = mongo.findOne(Query.query(Criteria.where("_id").is("figures")), Document.class, META);
        if (meta == null || number(meta.get("schema")) != SCHEMA) {
            return false;
        }
        long counted = 0;
        Query query = new Query();
        query.fields().include("cells." + Cells.CASES);
        for (Document d : mongo.find(query, Document.class, FIGURES)) {
            Document cells = d.get("cells", Document.class);
            Document k = cells == null ? null : cells.get(Cells.CASES, Document.class);
            counted += k == null ? 0 : number(k.get("n"));
        }
        return counted == mongo.getCollection(casesCollection()).countDocuments();
    }

    /** The cases flagged as written but perhaps not counted: reference → version and partition. */
    Map<String, Flagged> flagged(int limit) {
        Query query = Query.query(Criteria.where(PENDING).is(true)).limit(limit);
        query.fields().include("fieldOffice", "incidentDate", "version");
        Map<String, Flagged> result = new HashMap<>();
        mongo.find(query, Document.class, casesCollection()).forEach(d -> {
            Object date = d.get("incidentDate");
            String month = date instanceof java.util.Date day
                    ? day.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString().substring(0, 7)
                    : String.valueOf(date).substring(0, 7);
            result.put(d.getString("_id"), new Flagged(number(d.get("version")), Cells.partition(d.getString("fieldOffice"), month)));
        });
        return result;
    }

    record Flagged(long version, String partition) {
    }

    void ensureIndexes() {
        mongo.indexOps(casesCollection()).createIndex(new org.springframework.data.mongodb.core.index.Index(PENDING,
                Sort.Direction.ASC).named("figures_pending"));
        mongo.indexOps(FIGURES).createIndex(new org.springframework.data.mongodb.core.index.Index("month", Sort.Direction.ASC)
                .named("month"));
    }

    // ---------------------------------------------------------------- reads

    /** The summed cells of the whole months {@code from..to} (inclusive, either may be open), per month, within the scope. */
    public Map<YearMonth, Cells> months(FieldOfficeScope scope, YearMonth from, YearMonth to) {
        Map<YearMonth, Cells> result = new TreeMap<>();
        if (scope.office() == null) {
            return result;
        }
        Criteria criteria = new Criteria();
        if (scope.isBound()) {
            criteria.and("office").is(scope.office());
        }
        if (from != null || to != null) {
            Criteria month = criteria.and("month");
            if (from != null) {
                month.gte(from.toString());
            }
            if (to != null) {
                month.lte(to.toString());
            }
        }
        for (Document d : mongo.find(Query.query(criteria), Document.class, FIGURES)) {
            Document cells = d.get("cells", Document.class);
            if (cells == null) {
                continue;
            }
            Cells sum = result.computeIfAbsent(YearMonth.parse(d.getString("month")), m -> new Cells());
            cells.forEach((key, value) -> {
                Document cell = (Document) value;
                sum.add(unescape(key), number(cell.get("n")), number(cell.get("v")), number(cell.get("c")));
            });
        }
        return result;
    }

    /** The cells of the cases dated {@code from..to} within the scope, summed from the cases (for part of a month). */
    public Cells fromCases(FieldOfficeScope scope, LocalDate from, LocalDate to) {
        Cells sum = new Cells();
        if (scope.office() == null) {
            return sum;
        }
        Criteria criteria = new Criteria();
        if (scope.isBound()) {
            criteria.and("fieldOffice").is(scope.office());
        }
        criteria.and("incidentDate").gte(from).lte(to);
        Query query = Query.query(criteria);
        query.fields().include(FIGURE_FIELDS);
        // the order only lets the store read an index (office_date, or date mission-wide) rather than scan; see rebuild
        query.with(Sort.by("incidentDate"));
        try (Stream<HrCase> cases = mongo.stream(query, HrCase.class)) {
            cases.forEach(c -> sum.add(Cells.of(c), 1));
        }
        return sum;
    }

    private String casesCollection() {
        return mongo.getCollectionName(HrCase.class);
    }

    /** Field names may not hold '.' or start with '$'; party codes are data, so they are escaped. */
    static String escape(String key) {
        return key.replace("%", "%25").replace(".", "%2E").replace("$", "%24");
    }

    static String unescape(String key) {
        return key.replace("%24", "$").replace("%2E", ".").replace("%25", "%");
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
