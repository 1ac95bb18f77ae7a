package org.unmiss.peace.engagement.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unmiss.kit.problem.InvalidRequestException;
import org.unmiss.kit.web.PageOf;
import org.unmiss.kit.web.ListParams;
import org.unmiss.kit.web.Paging;
import org.unmiss.peace.engagement.domain.EngagementFilter;
import org.unmiss.peace.engagement.domain.EngagementReports;
import org.unmiss.peace.engagement.domain.Level;
import org.unmiss.peace.engagement.domain.OverdueNextStep;
import org.unmiss.peace.engagement.domain.SummaryDimension;
import org.unmiss.peace.engagement.domain.SummaryRow;
import org.unmiss.peace.engagement.domain.WomensParticipationRow;
import org.unmiss.peace.location.domain.SouthSudanState;
import org.unmiss.kit.web.CsvTable;
import org.unmiss.kit.web.Exports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Aggregates of published engagements (JSON, or CSV with {@code Accept: text/csv}), and overdue follow-up. */
@RestController
@RequestMapping("/api/v1/engagements/reports")
@Tag(name = "Engagement reports", description = "Engagements per level, interlocutor type, state and month; women's participation; overdue next steps")
@RequiredArgsConstructor
public class EngagementReportController {

    private final EngagementReports reports;
    private final Clock clock;

    @GetMapping(value = "/summary", produces = Exports.JSON)
    @PreAuthorize(EngagementController.READERS)
    @Operation(summary = "Published engagements grouped by LEVEL, INTERLOCUTOR_TYPE, STATE, MONTH or FIELD_OFFICE, with participants by sex")
    public List<SummaryRow> summary(@RequestParam SummaryDimension groupBy,
                                    @RequestParam(required = false) Level level,
                                    @RequestParam(required = false) SouthSudanState state,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return reports.summary(groupBy, filter(level, state, from, to));
    }

    @GetMapping(value = "/summary", produces = Exports.CSV)
    @PreAuthorize(EngagementController.READERS)
    @Operation(summary = "The same summary as CSV")
    public ResponseEntity<String> summaryCsv(@RequestParam SummaryDimension groupBy,
                                             @RequestParam(required = false) Level level,
                                             @RequestParam(required = false) SouthSudanState state,
                                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        List<List<?>> rows = summary(groupBy, level, state, from, to).stream()
                .<List<?>>map(r -> List.of(r.key(), r.engagements(), r.female(), r.male(), r.female() + r.male())).toList();
        return CsvTable.of("engagements-by-" + groupBy.name().toLowerCase(Locale.ROOT),
                List.of(groupBy.name().toLowerCase(Locale.ROOT), "engagements", "female", "male", "total"), rows);
    }

    @GetMapping(value = "/womens-participation", produces = Exports.JSON)
    @PreAuthorize(EngagementController.READERS)
    @Operation(summary = "Women's share of participants at published engagements, per month and in total")
    public List<WomensParticipationRow> womensParticipation(
            @RequestParam(required = false) Level level,
            @RequestParam(required = false) SouthSudanState state,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return reports.womensParticipation(filter(level, state, from, to));
    }

    @GetMapping(value = "/womens-participation", produces = Exports.CSV)
    @PreAuthorize(EngagementController.READERS)
    @Operation(summary = "The same as CSV")
    public ResponseEntity<String> womensParticipationCsv(
            @RequestParam(required = false) Level level,
            @RequestParam(required = false) SouthSudanState state,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        List<List<?>> rows = womensParticipation(level, state, from, to).stream()
                .<List<?>>map(r -> Arrays.asList(r.month(), r.engagements(), r.female(), r.male(), r.womenShare())).toList();
        return CsvTable.of("womens-participation", List.of("month", "engagements", "female", "male", "women_share"), rows);
    }

    @GetMapping(value = "/overdue-next-steps", produces = Exports.JSON)
    @PreAuthorize("hasRole('PEACE_READ')")
    @Operation(summary = "Next steps not completed by their due date (as of a day, default today), oldest first")
    public PageOf<OverdueNextStep> overdueNextSteps(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            ListParams list) {
        // The store orders them (oldest due first); the caller chooses no other order.
        return PageOf.of(reports.overdueNextSteps(asOf == null ? LocalDate.now(clock) : asOf,
                list.pageable(Sort.unsorted())), step -> step);
    }

    @GetMapping(value = "/overdue-next-steps", produces = Exports.CSV)
    @PreAuthorize("hasRole('PEACE_READ')")
    @Operation(summary = "All overdue next steps as CSV")
    public ResponseEntity<String> overdueNextStepsCsv(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        List<List<?>> rows = new ArrayList<>();
        int page = 0;
        PageOf<OverdueNextStep> chunk;
        do {
            chunk = overdueNextSteps(day, new ListParams(page++, Paging.MAX_SIZE, null));
            chunk.content().forEach(s -> rows.add(List.of(s.engagementId(), s.fieldOffice(), s.engagementDate(), s.action(),
                    s.owner(), s.dueDate(), ChronoUnit.DAYS.between(s.dueDate(), day))));
        } while (page < chunk.totalPages());
        return CsvTable.of("overdue-next-steps-" + day,
                List.of("engagement", "field_office", "engagement_date", "action", "owner", "due_date", "days_overdue"), rows);
    }

    private static EngagementFilter filter(Level level, SouthSudanState state, LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidRequestException("from", "must not be after to");
        }
        return new EngagementFilter(null, level, null, state, null, null, null, null, null, from, to);
    }
}
