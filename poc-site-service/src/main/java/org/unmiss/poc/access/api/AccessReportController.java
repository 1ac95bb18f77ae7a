package org.unmiss.poc.access.api;

import lombok.RequiredArgsConstructor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unmiss.kit.problem.FieldErrors;
import org.unmiss.kit.web.CsvTable;
import org.unmiss.poc.access.domain.AccessReport;
import org.unmiss.poc.access.domain.AccessTableRow;
import org.unmiss.poc.access.domain.FreedomOfMovementRow;

import java.time.LocalDate;
import java.util.List;

/**
 * The access tables name organisations and places, never people: the service's aggregate readers (partners
 * and reporting tools among them) and humanitarian liaison officers read them, mission-wide.
 */
@RestController
@Tag(name = "Humanitarian access")
@PreAuthorize("hasAnyRole('POC_READ', 'REPORTING', 'PARTNER', 'HUMANITARIAN_ACCESS', 'MISSION_ADMIN')")
@RequiredArgsConstructor
public class AccessReportController {

    /** One year bounds one table's work. */
    static final int MAX_DAYS = 366;

    private final AccessReport report;

    @GetMapping("/api/v1/humanitarian-access/reports/access-table")
    @Operation(summary = "Every access incident and escort request in a period (inclusive dates, at most a year)")
    public List<AccessTableRow> table(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        checkPeriod(from, to);
        return report.table(from, to);
    }

    @GetMapping(value = "/api/v1/humanitarian-access/reports/access-table.csv", produces = CsvTable.MEDIA_TYPE)
    @Operation(summary = "The access table as CSV (hxl=true: HXL-tagged, for the humanitarian access working group)")
    public ResponseEntity<String> tableCsv(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                           @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                           @RequestParam(defaultValue = "false") boolean hxl) {
        checkPeriod(from, to);
        return AccessTableCsv.of(report.table(from, to), hxl);
    }

    @GetMapping("/api/v1/humanitarian-access/reports/freedom-of-movement")
    @Operation(summary = "Restrictions of the mission's freedom of movement (SOFA violations) per month, type and party")
    public List<FreedomOfMovementRow> freedomOfMovement(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        checkPeriod(from, to);
        return report.freedomOfMovement(from, to);
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        new FieldErrors()
                .when(to.isBefore(from), "to", "must not be before from")
                .when(!to.isBefore(from.plusDays(MAX_DAYS)), "to", "must be within " + MAX_DAYS + " days of from")
                .throwIfAny("The period is not valid");
    }
}
