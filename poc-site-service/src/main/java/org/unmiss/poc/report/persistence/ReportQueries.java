package org.unmiss.poc.report.persistence;

import lombok.RequiredArgsConstructor;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.unmiss.poc.incident.domain.IncidentCategory;
import org.unmiss.poc.patrol.domain.Patrol;
import org.unmiss.poc.patrol.domain.PatrolType;
import org.unmiss.poc.patrol.domain.Shift;
import org.unmiss.poc.people.domain.AgeGroup;
import org.unmiss.poc.people.domain.PeopleCount;
import org.unmiss.poc.people.domain.Sex;
import org.unmiss.poc.report.domain.Rows;
import org.unmiss.poc.returns.domain.ReturnMovement;
import org.unmiss.poc.seizure.domain.ItemType;
import org.unmiss.poc.seizure.domain.SeizedItem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;

/** The aggregates behind the reports, grouped by the store ($match, $group); no record leaves the store, only counts. */
@Component
@RequiredArgsConstructor
public class ReportQueries {

    private final MongoTemplate mongo;
    private final IncidentMonthTable months;

    /** Incidents per month, site and category, for months {@code fromMonth} to {@code toMonth} (YYYY-MM, inclusive). */
    public List<Rows.IncidentMonthRow> incidentsPerMonth(String siteCode, String fromMonth, String toMonth) {
        return months.rows().stream()
                .filter(r -> r.month().compareTo(fromMonth) >= 0 && r.month().compareTo(toMonth) <= 0)
                .filter(r -> siteCode == null || siteCode.equals(r.siteCode()))
                .toList();
    }

    /** Incidents per site and category in the months {@code fromMonth} (inclusive) to {@code toMonth} (exclusive). */
    public Map<String, Map<IncidentCategory, Long>> incidentsBySiteAndCategory(String siteCode, String fromMonth, String toMonth) {
        Map<String, Map<IncidentCategory, Long>> counts = new LinkedHashMap<>();
        for (Rows.IncidentMonthRow row : months.rows()) {
            // incidents away from any site have no zone to compare before and after
            if (row.siteCode() != null && row.month().compareTo(fromMonth) >= 0 && row.month().compareTo(toMonth) < 0
                    && (siteCode == null || siteCode.equals(row.siteCode()))) {
                counts.computeIfAbsent(row.siteCode(), k -> new java.util.EnumMap<>(IncidentCategory.class))
                        .merge(row.category(), row.incidents(), Long::sum);
            }
        }
        return counts;
    }

    public List<Rows.PatrolSummaryRow> patrolsByTypeAndShift(String siteCode, Instant from, Instant to) {
        Criteria criteria = period("startedAt", from, to);
        if (siteCode != null) {
            criteria.and("siteCode").is(siteCode);
        }
        List<Rows.PatrolSummaryRow> rows = new ArrayList<>();
        for (Document d : aggregate(Patrol.class, match(criteria),
                group("type", "shift").count().as("patrols").sum("size").as("personnel").sum("women").as("women"))) {
            Document id = (Document) d.get("_id");
            long personnel = number(d, "personnel");
            long women = number(d, "women");
            rows.add(new Rows.PatrolSummaryRow(PatrolType.valueOf(id.getString("type")), Shift.valueOf(id.getString("shift")),
                    number(d, "patrols"), personnel, women, personnel == 0 ? 0 : Math.round(women * 1000.0 / personnel) / 10.0));
        }
        rows.sort(Comparator.comparing(Rows.PatrolSummaryRow::type).thenComparing(Rows.PatrolSummaryRow::shift));
        return rows;
    }

    public List<Rows.SeizureRow> seizuresByItemType(String siteCode, Instant from, Instant to) {
        Criteria criteria = period("seizedAt", from, to);
        if (siteCode != null) {
            criteria.and("siteCode").is(siteCode);
        }
        List<Rows.SeizureRow> rows = new ArrayList<>();
        for (Document d : aggregate(SeizedItem.class, match(criteria),
                group("itemType").count().as("seizures").sum("count").as("items"))) {
            rows.add(new Rows.SeizureRow(ItemType.valueOf(d.getString("_id")), number(d, "seizures"), number(d, "items")));
        }
        rows.sort(Comparator.comparing(Rows.SeizureRow::itemType));
        return rows;
    }

    /**
     * Returns per destination, with individuals by sex and age group. The breakdown lives in an array
     * per return, so the sums are made here over the matching returns' counts only (projected).
     */
    public List<Rows.ReturnDestinationRow> returnsByDestination(String siteCode, LocalDate from, LocalDate to) {
        Criteria criteria = period("departedOn", from, to);
        if (siteCode != null) {
            criteria.and("siteCode").is(siteCode);
        }
        Query query = Query.query(criteria);
        query.fields().include("destinationState", "destinationCounty", "households", "individuals");
        String collection = mongo.getCollectionName(ReturnMovement.class);
        Map<List<String>, long[]> sums = new java.util.TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1)));
        for (ReturnFigures movement : mongo.find(query, ReturnFigures.class, collection)) {
            long[] s = sums.computeIfAbsent(List.of(movement.destinationState(), movement.destinationCounty()), k -> new long[8]);
            PeopleCount people = movement.individuals();
            s[0]++;
            s[1] += movement.households();
            s[2] += people.total();
            s[3] += people.of(Sex.FEMALE);
            s[4] += people.of(Sex.MALE);
            s[5] += people.of(AgeGroup.CHILDREN);
            s[6] += people.of(AgeGroup.ADULTS);
            s[7] += people.of(AgeGroup.ELDERLY);
        }
        return sums.entrySet().stream().map(e -> new Rows.ReturnDestinationRow(e.getKey().get(0), e.getKey().get(1),
                e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3], e.getValue()[4], e.getValue()[5],
                e.getValue()[6], e.getValue()[7])).toList();
    }

    /** The part of a return the destination report reads. */
    record ReturnFigures(String destinationState, String destinationCounty, int households, PeopleCount individuals) {
    }

    private List<Document> aggregate(Class<?> type, AggregationOperation... operations) {
        return mongo.aggregate(Aggregation.newAggregation(operations), mongo.getCollectionName(type), Document.class)
                .getMappedResults();
    }

    private static Criteria period(String field, Object from, Object to) {
        Criteria criteria = new Criteria();
        if (from != null || to != null) {
            Criteria time = criteria.and(field);
            if (from != null) {
                time.gte(from);
            }
            if (to != null) {
                time.lt(to);
            }
        }
        return criteria;
    }

    private static long number(Document d, String field) {
        Object value = d.get(field);
        return value instanceof Number n ? n.longValue() : 0;
    }
}
