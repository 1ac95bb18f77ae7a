package org.unmiss.store.bson;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import de.bwaldvogel.mongo.bson.ObjectId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a query can be read from a {@link SecondaryIndex}: the range of index keys that holds every document it can
 * match (equalities on the index's leading fields, then at most a range on the next), the direction to walk it,
 * and whether that walk already gives the order the query asks for. It only narrows where to look: every document
 * read through it is still checked against the whole query, so a plan may read more than matches, never less.
 * Query shapes it does not know (operators at the top level, {@code $in}, {@code null}, sub-documents, a multikey
 * or sparse index...) give no plan, and the collection scans as before.
 */
record IndexPlan(SecondaryIndex index, KeyValue from, KeyValue to, boolean reverse, boolean ordered,
                 boolean onlyEqualities, int equalities, boolean range, int mergeAt) {

    private static final Set<String> RANGE_OPERATORS = Set.of("$gt", "$gte", "$lt", "$lte");

    /**
     * The best plan over the given indexes, or null when none narrows the query or gives its order.
     *
     * @param anyOrder whether the caller takes the documents in any order (a count); otherwise an unsorted query
     *                 is planned only where the index gives the scan's order (_id)
     */
    static IndexPlan choose(List<SecondaryIndex> indexes, Document query, Document orderBy, boolean anyOrder) {
        if (query == null) {
            query = new Document();
        }
        Map<String, Object> equalities = new HashMap<>();
        Map<String, Document> ranges = new HashMap<>();
        List<Map.Entry<String, Object>> conditions = new ArrayList<>();
        if (!flatten(query, conditions)) {
            return null;
        }
        for (Map.Entry<String, Object> condition : conditions) {
            String field = condition.getKey();
            Object value = condition.getValue();
            if (equalities.containsKey(field) || ranges.containsKey(field)) {
                // a second condition on a field only narrows further: planning on the first reads a superset
                continue;
            }
            if (isIndexable(value)) {
                equalities.put(field, value);
            } else if (value instanceof Document operators && operators.size() == 1
                    && operators.get("$eq") != null && isIndexable(operators.get("$eq"))) {
                equalities.put(field, operators.get("$eq"));
            } else if (value instanceof Document operators && isRange(operators)) {
                ranges.put(field, operators);
            }
        }
        List<Map.Entry<String, Integer>> sort = sortKeys(orderBy);
        if (sort == null) {
            return null;
        }
        IndexPlan best = null;
        for (SecondaryIndex index : indexes) {
            if (!index.usable()) {
                continue;
            }
            IndexPlan plan = plan(index, equalities, ranges, conditions.size(), sort, anyOrder);
            if (plan != null && (best == null || plan.score() > best.score())) {
                best = plan;
            }
        }
        return best;
    }

    private int score() {
        return (ordered ? 1000 : merged() ? 500 : 0) + equalities * 10 + (range ? 5 : 0);
    }

    private static IndexPlan plan(SecondaryIndex index, Map<String, Object> equalities, Map<String, Document> ranges,
                                  int conditions, List<Map.Entry<String, Integer>> sort, boolean anyOrder) {
        List<String> fields = index.fields();
        int prefix = 0;
        List<Object> low = new ArrayList<>();
        List<Object> high = new ArrayList<>();
        while (prefix < fields.size() && equalities.containsKey(fields.get(prefix))) {
            Object value = equalities.get(fields.get(prefix));
            low.add(value);
            high.add(value);
            prefix++;
        }
        boolean range = false;
        if (prefix < fields.size() && ranges.containsKey(fields.get(prefix))) {
            range = true;
            Document operators = ranges.get(fields.get(prefix));
            Object lower = first(operators, "$gte", "$gt");
            Object upper = first(operators, "$lte", "$lt");
            if (lower != null) {
                low.add(lower);
                // $gt a: start after every key that has a there; $gte a: at the first of them
                low.add(operators.containsKey("$gt") ? MaxKey.getInstance() : MinKey.getInstance());
            } else {
                low.add(MinKey.getInstance());
            }
            if (upper != null) {
                high.add(upper);
                high.add(operators.containsKey("$lt") ? MinKey.getInstance() : MaxKey.getInstance());
            } else {
                high.add(MaxKey.getInstance());
            }
        } else {
            low.add(MinKey.getInstance());
            high.add(MaxKey.getInstance());
        }

        // the walk is ordered by the fields after the prefix, then by _id; fields the query fixes are constant
        Set<String> constant = equalities.keySet();
        List<Map.Entry<String, Integer>> wanted = sort.stream().filter(key -> !constant.contains(key.getKey())).toList();
        Boolean descending = null;
        boolean ordered;
        int mergeAt = -1;
        if (wanted.isEmpty()) {
            // without a sort the store answers in _id order; the walk gives it only if all its fields are fixed
            ordered = sort.isEmpty() ? fields.stream().allMatch(constant::contains) : true;
        } else {
            descending = direction(fields, prefix, constant, wanted);
            ordered = descending != null;
            if (!ordered && !range && prefix < fields.size()) {
                // the order of the fields after the next one: one walk per value of the next one, merged
                descending = direction(fields, prefix + 1, constant, wanted);
                if (descending != null) {
                    mergeAt = prefix;
                }
            }
        }
        if (!ordered && sort.isEmpty() && !anyOrder) {
            // an unsorted query read from the index would come out in another order than the scan's
            return null;
        }
        if (prefix == 0 && !range && !(ordered && !wanted.isEmpty()) && mergeAt < 0) {
            return null;
        }
        boolean onlyEqualities = !range && prefix == conditions && conditions == equalities.size();
        return new IndexPlan(index, new KeyValue(low), new KeyValue(high), Boolean.TRUE.equals(descending),
                ordered, onlyEqualities, prefix, range, mergeAt);
    }

    /**
     * Whether walking the index from field {@code start} on gives the wanted order: each wanted key is the next
     * field (fields the query fixes are skipped, {@code _id} follows the last field), all in one direction.
     *
     * @return true for descending, false for ascending, null when the walk does not give that order
     */
    private static Boolean direction(List<String> fields, int start, Set<String> constant, List<Map.Entry<String, Integer>> wanted) {
        Boolean descending = null;
        int next = 0;
        for (int i = start; i <= fields.size() && next < wanted.size(); i++) {
            String field = i < fields.size() ? fields.get(i) : "_id";
            Map.Entry<String, Integer> key = wanted.get(next);
            if (key.getKey().equals(field)) {
                boolean down = key.getValue() < 0;
                if (descending != null && descending != down) {
                    return null;
                }
                descending = down;
                next++;
            } else if (!constant.contains(field)) {
                return null;
            }
        }
        return next == wanted.size() ? descending : null;
    }

    /** Whether the order comes from merging one walk per value of field {@link #mergeAt()}. */
    boolean merged() {
        return mergeAt >= 0;
    }

    /** Whether every condition of the query is an equality the index walk answers exactly (for counting keys). */
    boolean countsExactly() {
        if (!onlyEqualities) {
            return false;
        }
        for (int i = 0; i < equalities; i++) {
            Object value = from.get(i);
            // numbers are left out: 1 and 1.0 are one key, but a Decimal128 or a NaN might match otherwise
            if (!(value instanceof String || value instanceof Boolean || value instanceof ObjectId || value instanceof Instant)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The query's field conditions, with those of {@code $and} (how the driver's {@code Filters.and} sends them)
     * taken as if written side by side; false if it holds any other top-level operator ({@code $or}, {@code $expr}...).
     */
    private static boolean flatten(Document query, List<Map.Entry<String, Object>> conditions) {
        for (Map.Entry<String, Object> condition : query.entrySet()) {
            String field = condition.getKey();
            if (field.equals("$and") && condition.getValue() instanceof List<?> parts) {
                for (Object part : parts) {
                    if (!(part instanceof Document document) || !flatten(document, conditions)) {
                        return false;
                    }
                }
            } else if (field.startsWith("$")) {
                return false;
            } else {
                conditions.add(condition);
            }
        }
        return true;
    }

    private static Object first(Document operators, String inclusive, String exclusive) {
        return operators.containsKey(inclusive) ? operators.get(inclusive) : operators.get(exclusive);
    }

    private static boolean isRange(Document operators) {
        if (operators.isEmpty() || !RANGE_OPERATORS.containsAll(operators.keySet())) {
            return false;
        }
        if ((operators.containsKey("$gt") && operators.containsKey("$gte"))
                || (operators.containsKey("$lt") && operators.containsKey("$lte"))) {
            return false;
        }
        return operators.values().stream().allMatch(IndexPlan::isIndexable);
    }

    /** Values whose equality and order in the index are MongoDB's: no null, arrays, documents or patterns. */
    private static boolean isIndexable(Object value) {
        if (value instanceof Double d) {
            return !d.isNaN();
        }
        if (value instanceof Float f) {
            return !f.isNaN();
        }
        return value instanceof String || value instanceof Integer || value instanceof Long || value instanceof Double
                || value instanceof Instant || value instanceof Boolean || value instanceof ObjectId;
    }

    /** The sort as (field, direction) pairs, empty for none, null for one no index gives ($natural, $meta...). */
    private static List<Map.Entry<String, Integer>> sortKeys(Document orderBy) {
        List<Map.Entry<String, Integer>> keys = new ArrayList<>();
        if (orderBy == null) {
            return keys;
        }
        for (Map.Entry<String, Object> entry : orderBy.entrySet()) {
            if (entry.getKey().startsWith("$") || !(entry.getValue() instanceof Number direction)) {
                return null;
            }
            keys.add(Map.entry(entry.getKey(), direction.intValue() > 0 ? 1 : -1));
        }
        return keys;
    }
}
