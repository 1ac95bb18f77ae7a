package org.unmiss.poc.report.persistence;

import lombok.RequiredArgsConstructor;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.stereotype.Component;
import org.unmiss.poc.incident.domain.IncidentCategory;
import org.unmiss.poc.incident.domain.SecurityIncident;
import org.unmiss.poc.report.domain.Rows;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Incident counts per month, site and category for the whole collection, grouped by the store and
 * kept until the number of incidents changes. Incidents are only ever added (their month, site and
 * category never change, none is deleted), so the count identifies the table; every instance checks
 * the store's count on each use, so all instances agree. The incident reports then answer from a few
 * thousand rows instead of scanning every incident on each call: the embedded store has no usable
 * index for a range and reads every document for a $match.
 */
@Component
@RequiredArgsConstructor
public class IncidentMonthTable {

    private record Snapshot(long incidents, List<Rows.IncidentMonthRow> rows) {
    }

    private final MongoTemplate mongo;
    private volatile Snapshot snapshot = new Snapshot(-1, List.of());

    /** Every month × site × category with at least one incident, in month, site, category order. */
    public List<Rows.IncidentMonthRow> rows() {
        long incidents = mongo.estimatedCount(SecurityIncident.class);
        Snapshot current = snapshot;
        if (current.incidents() != incidents) {
            // counted before grouping: an incident added meanwhile changes the count, so the next call regroups
            current = new Snapshot(incidents, group());
            snapshot = current;
        }
        return current.rows();
    }

    private List<Rows.IncidentMonthRow> group() {
        List<Rows.IncidentMonthRow> rows = new ArrayList<>();
        for (Document d : mongo.aggregate(Aggregation.newAggregation(
                        Aggregation.group("month", "siteCode", "category").count().as("incidents")),
                mongo.getCollectionName(SecurityIncident.class), Document.class).getMappedResults()) {
            Document id = (Document) d.get("_id");
            rows.add(new Rows.IncidentMonthRow(id.getString("month"), id.getString("siteCode"),
                    IncidentCategory.valueOf(id.getString("category")), ((Number) d.get("incidents")).longValue()));
        }
        rows.sort(Comparator.comparing(Rows.IncidentMonthRow::month).thenComparing(Rows.IncidentMonthRow::siteCode, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Rows.IncidentMonthRow::category));
        return List.copyOf(rows);
    }
}
