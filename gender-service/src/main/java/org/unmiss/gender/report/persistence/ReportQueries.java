package org.unmiss.gender.report.persistence;

import lombok.RequiredArgsConstructor;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.aggregation.GroupOperation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;
import org.unmiss.gender.activity.domain.ActivityStatus;
import org.unmiss.gender.activity.domain.ActivityType;
import org.unmiss.gender.activity.domain.Audience;
import org.unmiss.kit.security.FieldOffices;
import org.unmiss.gender.activity.domain.GenderActivity;
import org.unmiss.gender.focalpoint.domain.FocalPoint;
import org.unmiss.gender.focalpoint.domain.MissionComponent;
import org.unmiss.gender.focalpoint.persistence.FocalPointQueries;
import org.unmiss.gender.report.persistence.ReportRows.FocalPointCoverageRow;
import org.unmiss.gender.report.persistence.ReportRows.OfficeCoverageRow;
import org.unmiss.gender.report.persistence.ReportRows.ParticipationRow;
import org.unmiss.gender.report.persistence.ReportRows.TaskForceGaps;
import org.unmiss.gender.report.persistence.ReportRows.TrainingRow;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The reports, counted by the store (match, unwind, group) over held activities; only the small
 * grouped results are shaped here.
 */
@Component
@RequiredArgsConstructor
public class ReportQueries {

    /** What a training report may be broken down by besides the quarter. */
    public enum TrainingDimension { AUDIENCE, MODULE }

    private final MongoTemplate mongo;
    private final FocalPointQueries focalPoints;

    /**
     * Held trainings and their participants per quarter, optionally per audience or module. An
     * activity with two audiences (or modules) counts in both rows, as it trained both.
     */
    public List<TrainingRow> trainings(LocalDate from, LocalDate to, TrainingDimension groupBy, Audience audience, String partner,
                                       String fieldOffice) {
        List<Criteria> match = held(from, to, fieldOffice);
        match.add(Criteria.where("details.type").is(ActivityType.TRAINING.name()));
        if (audience != null) {
            match.add(Criteria.where("details.audiences").is(audience.name()));
        }
        if (partner != null && !partner.isBlank()) {
            match.add(Criteria.where("details.partners").regex("^" + Pattern.quote(partner.trim()) + "$", "i"));
        }
        String keyPath = groupBy == null ? null : groupBy == TrainingDimension.AUDIENCE ? "details.audiences" : "details.modules";
        List<AggregationOperation> stages = new ArrayList<>();
        stages.add(Aggregation.match(and(match)));
        if (keyPath != null) {
            stages.add(Aggregation.unwind(keyPath));
        }
        GroupOperation group = (keyPath == null ? Aggregation.group("quarter") : Aggregation.group("quarter", keyPath))
                .count().as("n")
                .sum("details.participants.female").as("female")
                .sum("details.participants.male").as("male")
                .sum("details.participants.total").as("total");
        stages.add(group);
        List<TrainingRow> rows = new ArrayList<>();
        for (Document d : aggregate(stages)) {
            Object id = d.get("_id");
            String quarter = id instanceof Document key ? key.getString("quarter") : String.valueOf(id);
            String key = id instanceof Document k && keyPath != null ? k.getString(keyPath.substring(keyPath.indexOf('.') + 1)) : null;
            rows.add(new TrainingRow(quarter, key, number(d, "n"), number(d, "female"), number(d, "male"), number(d, "total")));
        }
        rows.sort(Comparator.comparing(TrainingRow::quarter).thenComparing(r -> String.valueOf(r.key())));
        return rows;
    }

    /** Women's share of participants of held forums, dialogues and Open Days, per year and type. */
    public List<ParticipationRow> womensParticipation(LocalDate from, LocalDate to, String fieldOffice) {
        List<Criteria> match = held(from, to, fieldOffice);
        match.add(Criteria.where("details.type").in(Arrays.stream(ActivityType.values()).filter(ActivityType::isDialogue).map(Enum::name).toList()));
        List<AggregationOperation> stages = List.of(Aggregation.match(and(match)),
                Aggregation.group("quarter", "details.type").count().as("n")
                        .sum("details.participants.female").as("female")
                        .sum("details.participants.male").as("male")
                        .sum("details.participants.total").as("total"));
        Map<String, long[]> byYearAndType = new TreeMap<>();
        for (Document d : aggregate(stages)) {
            Document id = d.get("_id", Document.class);
            String key = id.getString("quarter").substring(0, 4) + "|" + id.getString("type");
            long[] sums = byYearAndType.computeIfAbsent(key, k -> new long[4]);
            sums[0] += number(d, "n");
            sums[1] += number(d, "female");
            sums[2] += number(d, "male");
            sums[3] += number(d, "total");
        }
        return byYearAndType.entrySet().stream().map(e -> {
            String[] key = e.getKey().split("\\|");
            long[] s = e.getValue();
            return new ParticipationRow(Integer.parseInt(key[0]), key[1], s[0], s[1], s[2], s[3], ReportRows.share(s[1], s[3]));
        }).toList();
    }

    /** Per field office open in the period: what was held there, and whether anything was. */
    public List<OfficeCoverageRow> fieldOfficeCoverage(LocalDate from, LocalDate to) {
        List<AggregationOperation> stages = List.of(Aggregation.match(and(held(from, to, null))),
                Aggregation.group("details.fieldOffice", "details.type").count().as("n")
                        .sum("details.participants.total").as("total")
                        .sum("details.participants.female").as("female")
                        .max("details.startDate").as("last"));
        Map<String, long[]> sums = new TreeMap<>();
        Map<String, LocalDate> last = new TreeMap<>();
        for (Document d : aggregate(stages)) {
            Document id = d.get("_id", Document.class);
            String office = id.getString("fieldOffice");
            long[] s = sums.computeIfAbsent(office, k -> new long[4]);
            s[0] += number(d, "n");
            s[1] += ActivityType.TRAINING.name().equals(id.getString("type")) ? number(d, "n") : 0;
            s[2] += number(d, "total");
            s[3] += number(d, "female");
            LocalDate day = day(d.getDate("last"));
            last.merge(office, day, (a, b) -> a.isAfter(b) ? a : b);
        }
        List<String> codes = new ArrayList<>(FieldOffices.openSince(from == null ? LocalDate.MIN : from));
        sums.keySet().stream().filter(code -> !codes.contains(code)).forEach(codes::add);
        return codes.stream().map(code -> {
            long[] s = sums.getOrDefault(code, new long[4]);
            return new OfficeCoverageRow(code, s[0], s[1], s[2], s[3], last.get(code), s[0] > 0);
        }).toList();
    }

    /** Quarters from {@code fromYear} to the current one (or the end of {@code toYear}) without a held task-force meeting. */
    public TaskForceGaps taskForceGaps(int fromYear, int toYear, String fieldOffice, LocalDate today) {
        List<Criteria> match = held(null, null, fieldOffice);
        match.add(Criteria.where("details.type").is(ActivityType.TASK_FORCE_MEETING.name()));
        Set<String> met = new HashSet<>();
        aggregate(List.of(Aggregation.match(and(match)), Aggregation.group("quarter"))).forEach(d -> met.add(d.getString("_id")));
        String current = GenderActivity.quarterOf(today);
        List<String> checked = new ArrayList<>();
        for (int year = fromYear; year <= toYear; year++) {
            for (int q = 1; q <= 4; q++) {
                String quarter = year + "-Q" + q;
                if (quarter.compareTo(current) <= 0) {
                    checked.add(quarter);
                }
            }
        }
        List<String> gaps = checked.stream().filter(q -> !met.contains(q)).toList();
        return new TaskForceGaps(checked.isEmpty() ? null : checked.get(0), checked.isEmpty() ? null : checked.get(checked.size() - 1),
                checked.size(), gaps);
    }

    /** Focal points running on a day per field office and component, with a zero line where there are none. */
    public List<FocalPointCoverageRow> focalPointCoverage(LocalDate day) {
        List<FocalPoint> active = focalPoints.activeOn(day);
        Map<String, Long> counts = active.stream().collect(Collectors.groupingBy(f -> f.fieldOffice() + "|" + f.component(), Collectors.counting()));
        List<String> codes = new ArrayList<>(FieldOffices.openSince(day));
        active.stream().map(FocalPoint::fieldOffice).distinct().filter(c -> !codes.contains(c)).forEach(codes::add);
        List<FocalPointCoverageRow> rows = new ArrayList<>();
        for (String code : codes) {
            for (MissionComponent component : MissionComponent.values()) {
                rows.add(new FocalPointCoverageRow(code, component.name(), counts.getOrDefault(code + "|" + component, 0L)));
            }
        }
        return rows;
    }

    private List<Document> aggregate(List<AggregationOperation> stages) {
        List<AggregationOperation> all = new ArrayList<>(stages);
        all.add(Aggregation.sort(Sort.by("_id")));
        return mongo.aggregate(Aggregation.newAggregation(all), GenderActivity.class, Document.class).getMappedResults();
    }

    private static List<Criteria> held(LocalDate from, LocalDate to, String fieldOffice) {
        List<Criteria> all = new ArrayList<>();
        all.add(Criteria.where("status").is(ActivityStatus.HELD.name()));
        if (from != null) {
            all.add(Criteria.where("details.startDate").gte(from));
        }
        if (to != null) {
            all.add(Criteria.where("details.startDate").lte(to));
        }
        if (fieldOffice != null) {
            all.add(Criteria.where("details.fieldOffice").is(fieldOffice));
        }
        return all;
    }

    private static Criteria and(List<Criteria> all) {
        return new Criteria().andOperator(all.toArray(Criteria[]::new));
    }

    private static long number(Document d, String field) {
        Object value = d.get(field);
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** Spring Data stores a LocalDate as the start of that day in the JVM's zone. */
    private static LocalDate day(Date date) {
        return date == null ? null : date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }
}
