package org.unmiss.gender.report.api;

import lombok.RequiredArgsConstructor;
import org.unmiss.kit.web.CsvTable;
import org.unmiss.kit.web.Exports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unmiss.gender.activity.domain.Audience;
import org.unmiss.gender.report.persistence.ReportQueries;
import org.unmiss.gender.report.persistence.ReportQueries.TrainingDimension;
import org.unmiss.gender.report.persistence.ReportRows.FocalPointCoverageRow;
import org.unmiss.gender.report.persistence.ReportRows.OfficeCoverageRow;
import org.unmiss.gender.report.persistence.ReportRows.ParticipationRow;
import org.unmiss.gender.report.persistence.ReportRows.TaskForceGaps;
import org.unmiss.gender.report.persistence.ReportRows.TrainingRow;
import org.unmiss.kit.problem.InvalidRequestException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Aggregates over held activities and focal points (JSON, or CSV with {@code Accept: text/csv}).
 * They carry no names, so reporting tools and partner agencies read them too, mission-wide; a
 * field-office-bound gender officer sees the same mission-wide figures (and may narrow them with
 * {@code fieldOffice}) — the office scope guards records, not counts anyone else may read.
 */
@RestController
@RequestMapping("/api/v1/gender-reports")
@Tag(name = "Gender reports", description = "Trainings per quarter, women's participation, field-office and focal-point coverage, task-force gaps")
@PreAuthorize(GenderReportController.AGGREGATE_READERS)
@RequiredArgsConstructor
public class GenderReportController {

    static final String AGGREGATE_READERS = "hasAnyRole('GENDER_READ', 'REPORTING', 'PARTNER', 'MISSION_ADMIN')";

    private final ReportQueries reports;
    private final Clock clock;

    @GetMapping(value = "/trainings", produces = Exports.JSON)
    @Operation(summary = "Held trainings and participants by sex per quarter, optionally per AUDIENCE or MODULE")
    public List<TrainingRow> trainings(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                       @Parameter(description = "AUDIENCE or MODULE; an activity with two counts in both rows")
                                       @RequestParam(required = false) TrainingDimension groupBy,
                                       @RequestParam(required = false) Audience audience,
                                       @Parameter(description = "partner name, exact, any case (e.g. UNFPA)") @RequestParam(required = false) String partner,
                                       @RequestParam(required = false) String fieldOffice) {
        checkPeriod(from, to);
        return reports.trainings(from, to, groupBy, audience, partner, fieldOffice);
    }

    @GetMapping(value = "/trainings", produces = Exports.CSV)
    @Operation(summary = "The same as CSV")
    public ResponseEntity<String> trainingsCsv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                               @RequestParam(required = false) TrainingDimension groupBy,
                                               @RequestParam(required = false) Audience audience,
                                               @RequestParam(required = false) String partner,
                                               @RequestParam(required = false) String fieldOffice) {
        List<List<?>> rows = trainings(from, to, groupBy, audience, partner, fieldOffice).stream()
                .<List<?>>map(r -> Arrays.asList(r.quarter(), r.key(), r.trainings(), r.female(), r.male(), r.total())).toList();
        String key = groupBy == null ? "group" : groupBy.name().toLowerCase(Locale.ROOT);
        return CsvTable.of("trainings" + (groupBy == null ? "" : "-by-" + key), List.of("quarter", key, "trainings", "female", "male", "total"), rows);
    }

    @GetMapping(value = "/womens-participation", produces = Exports.JSON)
    @Operation(summary = "Women's share of participants of held forums, dialogues and Open Days, per year and type")
    public List<ParticipationRow> womensParticipation(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                      @RequestParam(required = false) String fieldOffice) {
        checkPeriod(from, to);
        return reports.womensParticipation(from, to, fieldOffice);
    }

    @GetMapping(value = "/womens-participation", produces = Exports.CSV)
    @Operation(summary = "The same as CSV")
    public ResponseEntity<String> womensParticipationCsv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                         @RequestParam(required = false) String fieldOffice) {
        List<List<?>> rows = womensParticipation(from, to, fieldOffice).stream()
                .<List<?>>map(r -> Arrays.asList(r.year(), r.type(), r.activities(), r.female(), r.male(), r.total(), r.womenSharePercent())).toList();
        return CsvTable.of("womens-participation", List.of("year", "type", "activities", "female", "male", "total", "womenSharePercent"), rows);
    }

    @GetMapping(value = "/field-office-coverage", produces = Exports.JSON)
    @Operation(summary = "Per field office open in the period: activities and trainings held, participants, last activity, covered or not")
    public List<OfficeCoverageRow> fieldOfficeCoverage(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        checkPeriod(from, to);
        return reports.fieldOfficeCoverage(from, to);
    }

    @GetMapping(value = "/field-office-coverage", produces = Exports.CSV)
    @Operation(summary = "The same as CSV")
    public ResponseEntity<String> fieldOfficeCoverageCsv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        List<List<?>> rows = fieldOfficeCoverage(from, to).stream().<List<?>>map(r -> Arrays.asList(r.fieldOffice(), r.activitiesHeld(),
                r.trainingsHeld(), r.participants(), r.female(), r.lastActivity(), r.covered())).toList();
        return CsvTable.of("field-office-coverage", List.of("fieldOffice", "activitiesHeld", "trainingsHeld", "participants", "female",
                "lastActivity", "covered"), rows);
    }

    @GetMapping("/task-force-gaps")
    @Operation(summary = "Quarters without a held Gender Task Force meeting (it meets quarterly), up to the current quarter")
    public TaskForceGaps taskForceGaps(@RequestParam int fromYear, @RequestParam(required = false) Integer toYear,
                                       @RequestParam(required = false) String fieldOffice) {
        LocalDate today = LocalDate.now(clock);
        int to = toYear == null ? today.getYear() : toYear;
        if (fromYear < 2011 || to < fromYear || to - fromYear > 50) {
            throw new InvalidRequestException("fromYear", "must be 2011 (the mission's start) or later, and not after toYear " + to);
        }
        return reports.taskForceGaps(fromYear, to, fieldOffice, today);
    }

    @GetMapping(value = "/focal-point-coverage", produces = Exports.JSON)
    @Operation(summary = "Focal points running on a day per field office and component, zero where there are none")
    public List<FocalPointCoverageRow> focalPointCoverage(@Parameter(description = "today by default")
                                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return reports.focalPointCoverage(asOf == null ? LocalDate.now(clock) : asOf);
    }

    @GetMapping(value = "/focal-point-coverage", produces = Exports.CSV)
    @Operation(summary = "The same as CSV")
    public ResponseEntity<String> focalPointCoverageCsv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        List<List<?>> rows = focalPointCoverage(asOf).stream().<List<?>>map(r -> List.of(r.fieldOffice(), r.component(), r.focalPoints())).toList();
        return CsvTable.of("focal-point-coverage", List.of("fieldOffice", "component", "focalPoints"), rows);
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidRequestException("to", "must not be before from " + from);
        }
    }
}
