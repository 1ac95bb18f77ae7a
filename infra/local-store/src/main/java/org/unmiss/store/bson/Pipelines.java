package org.unmiss.store.bson;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.DocumentComparator;
import de.bwaldvogel.mongo.backend.aggregation.Aggregation;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Runs an aggregation so that its memory does not grow with the collection. The stock code reads the whole
 * collection, applies the first {@code $match} to every document and sorts a {@code $sort}'s whole input in memory.
 * Here:
 * <ul>
 *   <li>a first {@code $match} is answered as a find is: through a secondary index that narrows it (any order) or
 *   the {@code _id} index, else a scan, read lazily a batch at a time ({@link BsonCollection#matching});</li>
 *   <li>a {@code $sort} followed by a {@code $limit} (or {@code $skip} and {@code $limit}) keeps only that many
 *   documents; any other {@code $sort} spills past a bound ({@link SpillingSort});</li>
 *   <li>a count ({@code countDocuments}: {@code $match} then {@code $group} of {@code $sum: 1}) is the collection's
 *   count, from an index's key ranks when the filter is equalities on its prefix (ADR 22);</li>
 *   <li>everything else is the stock stages, applied to a stream: {@code $group} and {@code $count} hold one entry
 *   per group, not the documents.</li>
 * </ul>
 * The answer is still the stock one: every result in the first batch (reports' results are groups, a few per
 * office and quarter).
 */
final class Pipelines {

    /** Stages that write or follow changes: left to the stock code. */
    private static final Set<String> NOT_HERE = Set.of("$out", "$merge", "$changeStream");

    private Pipelines() {
    }

    /** The aggregate command's answer, or null when the stock code should answer it. */
    static Document run(MongoDatabase database, String namespace, String collectionName, Document command,
                        DatabaseResolver resolver, Oplog oplog) {
        List<Document> pipeline = Aggregation.parse(command.get("pipeline"));
        for (Document stage : pipeline) {
            if (stage.keySet().stream().anyMatch(NOT_HERE::contains)) {
                return null;
            }
        }
        MongoCollection<?> collection = database.resolveCollection(collectionName, false);
        if (!(collection instanceof BsonCollection documents)) {
            return null;
        }
        // parses and validates as the stock code does (unknown stages, a misplaced $out, the cursor option)
        Aggregation.fromPipeline(pipeline, resolver, database, collection, oplog).validate(command);

        Document count = counted(pipeline);
        if (count != null) {
            // countDocuments ({$match}, {$group: {_id: 1, n: {$sum: 1}}}): the collection's count, which an index
            // answers from its key ranks without reading a document when the filter is equalities on its prefix
            long n = documents.count((Document) pipeline.get(0).get("$match"), 0, 0);
            List<Document> counted = n == 0 ? List.of() : List.of(new Document("_id", count.get("_id"))
                    .append((String) count.get("field"), n <= Integer.MAX_VALUE ? (Object) (int) n : (Object) n));
            return answer(namespace, counted);
        }
        int next = 0;
        Document match = new Document();
        if (!pipeline.isEmpty() && pipeline.get(0).get("$match") instanceof Document first) {
            match = first;
            next = 1;
        }
        Stream<Document> stream = stream(documents.matching(match));
        List<Document> stages = new ArrayList<>();
        for (int i = next; i < pipeline.size(); i++) {
            Document stage = pipeline.get(i);
            if (!(stage.get("$sort") instanceof Document orderBy)) {
                stages.add(stage);
                continue;
            }
            stream = apply(stages, stream, resolver, database, collection, oplog);
            stages.clear();
            Comparator<Document> order = new DocumentComparator(orderBy);
            long keep = kept(pipeline, i + 1);
            stream = keep > 0 ? BsonCollection.best(stream, order, keep).stream()
                    : stream(SpillingSort.sort(stream.iterator(), order));
        }
        stream = apply(stages, stream, resolver, database, collection, oplog);
        return answer(namespace, stream.toList());
    }

    private static Document answer(String namespace, List<Document> results) {
        Document cursor = new Document("id", 0L).append("ns", namespace).append("firstBatch", results);
        return new Document("cursor", cursor).append("ok", 1.0);
    }

    /**
     * For a pipeline that only counts what a filter matches, as the driver's {@code countDocuments} sends it
     * ({@code $match}, then {@code $group} on a constant {@code _id} with one {@code $sum: 1}): its {@code _id} and
     * field name; null for any other pipeline.
     */
    private static Document counted(List<Document> pipeline) {
        if (pipeline.size() != 2 || !(pipeline.get(0).get("$match") instanceof Document)
                || !(pipeline.get(1).get("$group") instanceof Document group) || group.size() != 2) {
            return null;
        }
        Object id = group.get("_id");
        if (!(id == null || id instanceof Number || id instanceof String constant && !constant.startsWith("$"))) {
            return null;
        }
        for (String field : group.keySet()) {
            if (!field.equals("_id") && group.get(field) instanceof Document sum && sum.size() == 1
                    && sum.get("$sum") instanceof Number one && one.doubleValue() == 1.0) {
                return new Document("_id", id).append("field", field);
            }
        }
        return null;
    }

    /** How many documents the stages after a {@code $sort} can use at most: a {@code $limit} (after a {@code $skip}). */
    private static long kept(List<Document> pipeline, int after) {
        long skipped = 0;
        for (int i = after; i < pipeline.size(); i++) {
            Document stage = pipeline.get(i);
            if (stage.get("$skip") instanceof Number skip) {
                skipped += skip.longValue();
            } else if (stage.get("$limit") instanceof Number limit) {
                return skipped + limit.longValue();
            } else {
                return 0;
            }
        }
        return 0;
    }

    private static Stream<Document> apply(List<Document> stages, Stream<Document> stream, DatabaseResolver resolver,
                                          MongoDatabase database, MongoCollection<?> collection, Oplog oplog) {
        if (stages.isEmpty()) {
            return stream;
        }
        return Aggregation.fromPipeline(List.copyOf(stages), resolver, database, collection, oplog).runStagesAsStream(stream);
    }

    private static Stream<Document> stream(Iterator<Document> documents) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(documents, Spliterator.ORDERED), false);
    }
}
