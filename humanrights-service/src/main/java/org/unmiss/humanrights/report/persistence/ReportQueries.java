package org.unmiss.humanrights.report.persistence;

import lombok.RequiredArgsConstructor;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.aggregation.Fields;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.unmiss.humanrights.hrcase.domain.ActVerification;
import org.unmiss.humanrights.hrcase.domain.CaseStatus;
import org.unmiss.humanrights.hrcase.domain.HrCase;
import org.unmiss.humanrights.hrcase.domain.ViolationType;
import org.unmiss.kit.security.FieldOfficeScope;
import org.unmiss.kit.store.ListQuery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The figures reports are made of, grouped and summed by the store. Every query is limited to the
 * caller's field-office scope and the incident period, and to verified cases or to all allegations
 * that were not found not to have occurred. Victims count only when they consented to de-identified
 * reporting (the acts' releasable counts): a victim who did not is in no released figure.
 */
@Component
@RequiredArgsConstructor
public class ReportQueries {

    private final MongoTemplate mongo;

    /** Which cases count: verified ones only, or every allegation still standing. */
    public enum Basis { VERIFIED, REPORTED }

    public record Scope(FieldOfficeScope offices, LocalDate from, LocalDate to, Basis basis) {
    }

    /** Per violation type: the number of acts, their victims and their child victims. */
    public record TypeTotals(long violations, long victims, long childVictims) {
    }

    /** One row of a breakdown: the grouping keys and the totals. */
    public record Row(ViolationType type, String partyCode, String state, String period, long violations, long victims) {
    }

    public Map<ViolationType, TypeTotals> totalsByType(Scope scope, Collection<ViolationType> types) {
        Map<ViolationType, TypeTotals> totals = new EnumMap<>(ViolationType.class);
        types.forEach(t -> totals.put(t, new TypeTotals(0, 0, 0)));
        if (scope.offices().office() == null) {
            return totals;
        }
        List<AggregationOperation> stages = new ArrayList<>(violationsOf(scope, types));
        stages.add(Aggregation.group("violations.type").count().as("violations")
                .sum("violations.releasableVictimCount").as("victims").sum("violations.releasableChildVictimCount").as("childVictims"));
        for (Document row : mongo.aggregate(Aggregation.newAggregation(HrCase.class, stages), Document.class)) {
            totals.put(ViolationType.valueOf(row.getString("_id")),
                    new TypeTotals(number(row, "violations"), number(row, "victims"), number(row, "childVictims")));
        }
        return totals;
    }

    /** Acts of the given types by type, alleged party ("UNKNOWN" when none is named), state and month. */
    public List<Row> byTypePartyStateMonth(Scope scope, Collection<ViolationType> types) {
        if (scope.offices().office() == null) {
            return List.of();
        }
        List<AggregationOperation> stages = new ArrayList<>(violationsOf(scope, types));
        stages.add(Aggregation.unwind("violations.perpetrators", true));
        stages.add(Aggregation.group(Fields.from(Fields.field("type", "violations.type"),
                        Fields.field("party", "violations.perpetrators.partyCode"), Fields.field("state", "location.state"),
                        Fields.field("month", "incidentMonth")))
                .count().as("violations").sum("violations.releasableVictimCount").as("victims"));
        List<Row> rows = new ArrayList<>();
        for (Document row : mongo.aggregate(Aggregation.newAggregation(HrCase.class, stages), Document.class)) {
            Document key = (Document) row.get("_id");
            String party = key.getString("party");
            rows.add(new Row(ViolationType.valueOf(key.getString("type")), party == null ? "UNKNOWN" : party,
                    key.getString("state"), key.getString("month"), number(row, "violations"), number(row, "victims")));
        }
        rows.sort(java.util.Comparator.comparing(Row::period).thenComparing(Row::type).thenComparing(Row::partyCode)
                .thenComparing(Row::state, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
        return rows;
    }

    /** Acts of the given types by type and quarter, with their victims. */
    public List<Row> byTypeAndQuarter(Scope scope, Collection<ViolationType> types) {
        if (scope.offices().office() == null) {
            return List.of();
        }
        List<AggregationOperation> stages = new ArrayList<>(violationsOf(scope, types));
        stages.add(Aggregation.group(Fields.from(Fields.field("type", "violations.type"), Fields.field("quarter", "incidentQuarter")))
                .count().as("violations")
                .sum("violations.releasableVictimCount").as("victims"));
        List<Row> rows = new ArrayList<>();
        for (Document row : mongo.aggregate(Aggregation.newAggregation(HrCase.class, stages), Document.class)) {
            Document key = (Document) row.get("_id");
            rows.add(new Row(ViolationType.valueOf(key.getString("type")), null, null, key.getString("quarter"),
                    number(row, "violations"), number(row, "victims")));
        }
        return rows;
    }

    /**
     * The cases in scope with only the fields a brief counts (no sealed field ever leaves the
     * store), read lazily in one pass: one scan answers every breakdown of the brief.
     */
    public Stream<HrCase> casesForFigures(Scope scope) {
        return casesForFigures(caseCriteria(scope), scope);
    }

    /**
     * The cases in scope with a victim linked to a person of the registry, read as {@link #casesForFigures}: the only
     * cases whose figures may count a person more than once (ADR 0090).
     */
    public Stream<HrCase> casesWithPeople(Scope scope) {
        return casesForFigures(caseCriteria(scope).and("violations.victims.personCode").exists(true), scope);
    }

    private Stream<HrCase> casesForFigures(Criteria criteria, Scope scope) {
        if (scope.offices().office() == null) {
            return Stream.empty();
        }
        Query query = Query.query(criteria);
        query.fields().include("fieldOffice", "incidentDate", "incidentMonth", "incidentQuarter", "location.state", "tags",
                "status", "verified", "lateVerification", "occurredFrom", "violations.type", "violations.code", "violations.verification.outcome",
                "violations.perpetrators.partyCode", "violations.releasableVictimCount", "violations.releasableChildVictimCount",
                "violations.victims.sex", "violations.victims.ageGroup", "violations.victims.count", "violations.victims.kind",
                // both: a victim is left out only by a recorded refusal (Consent.allowsDeidentifiedReporting)
                "violations.victims.consent.deidentifiedReporting", "violations.victims.consent.recordedAt",
                "violations.victims.personCode");
        return mongo.stream(query, HrCase.class);
    }

    /** The cases in scope, in reference order, read lazily (exports can be large). */
    public Stream<HrCase> cases(Scope scope) {
        if (scope.offices().office() == null) {
            return Stream.empty();
        }
        return mongo.stream(Query.query(caseCriteria(scope)).with(Sort.by("_id")), HrCase.class);
    }

    private static List<AggregationOperation> violationsOf(Scope scope, Collection<ViolationType> types) {
        List<String> names = types.stream().map(Enum::name).toList();
        Criteria act = Criteria.where("violations.type").in(names);
        if (scope.basis() == Basis.VERIFIED) {
            // as Violation.countsAsVerified: the act verified itself, or stored without a verification of its own
            act = act.and("violations.verification.outcome").nin(ActVerification.Outcome.PENDING.name(),
                    ActVerification.Outcome.NOT_VERIFIED.name(), ActVerification.Outcome.FOUND_NOT_TO_HAVE_OCCURRED.name());
        }
        return List.of(
                Aggregation.match(caseCriteria(scope).and("violations.type").in(names)),
                Aggregation.unwind("violations"),
                Aggregation.match(act));
    }

    private static Criteria caseCriteria(Scope scope) {
        // The kit's scope condition: an office sees itself, a token without an office nothing.
        Criteria criteria = ListQuery.withinScope("fieldOffice", scope.offices(), null)
                .fromThrough("incidentDate", scope.from(), scope.to())
                .criteria();
        if (scope.basis() == Basis.VERIFIED) {
            criteria.and("verified").is(true);
        } else {
            criteria.and("status").ne(CaseStatus.FOUND_NOT_TO_HAVE_OCCURRED);
        }
        return criteria;
    }

    private static long number(Document row, String field) {
        Object value = row.get(field);
        return value == null ? 0 : ((Number) value).longValue();
    }
}
