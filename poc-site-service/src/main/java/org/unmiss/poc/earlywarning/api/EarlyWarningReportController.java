package org.unmiss.poc.earlywarning.api;

import lombok.RequiredArgsConstructor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unmiss.kit.problem.FieldErrors;
import org.unmiss.kit.web.CsvTable;
import org.unmiss.poc.earlywarning.domain.AlertMonthRow;
import org.unmiss.poc.earlywarning.domain.AlertReport;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The early-warning report counts alerts by county and month and names no one: the service's aggregate readers read it. */
@RestController
@Tag(name = "Early warning")
@PreAuthorize("hasAnyRole('POC_READ', 'REPORTING', 'PARTNER', 'MISSION_ADMIN')")
@RequiredArgsConstructor
public class EarlyWarningReportController {

    /** Two years of months bounds one report's work. */
    static final int MAX_MONTHS = 24;

    private final AlertReport report;

    @GetMapping("/api/v1/early-warning/reports/alerts-by-place")
    @Operation(summary = "Alerts per county and month: answered, unanswered, hours from alert to response (mean, median, max)")
    public List<AlertMonthRow> alertsByPlace(@Parameter(description = "YYYY-MM, inclusive") @RequestParam String fromMonth,
                                             @Parameter(description = "YYYY-MM, inclusive") @RequestParam String toMonth) {
        return rows(fromMonth, toMonth);
    }

    @GetMapping(value = "/api/v1/early-warning/reports/alerts-by-place.csv", produces = CsvTable.MEDIA_TYPE)
    @Operation(summary = "Alerts per county and month as CSV (hxl=true: HXL-tagged)")
    public ResponseEntity<String> alertsByPlaceCsv(@RequestParam String fromMonth, @RequestParam String toMonth,
                                                   @RequestParam(defaultValue = "false") boolean hxl) {
        return AlertsByPlaceCsv.of(rows(fromMonth, toMonth), hxl);
    }

    private List<AlertMonthRow> rows(String fromMonth, String toMonth) {
        YearMonth from = month(fromMonth);
        YearMonth to = month(toMonth);
        new FieldErrors()
                .when(from == null, "fromMonth", "must be a month as YYYY-MM")
                .when(to == null, "toMonth", "must be a month as YYYY-MM")
                .when(from != null && to != null && to.isBefore(from), "toMonth", "must not be before fromMonth")
                .when(from != null && to != null && !to.isBefore(from.plusMonths(MAX_MONTHS)), "toMonth",
                        "must be within " + MAX_MONTHS + " months of fromMonth")
                .throwIfAny("The period is not valid");
        return report.byPlaceAndMonth(from.toString(), to.toString());
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException notAMonth) {
            return null;
        }
    }
}
