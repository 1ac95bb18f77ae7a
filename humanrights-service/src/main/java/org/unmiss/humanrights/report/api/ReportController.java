package org.unmiss.humanrights.report.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unmiss.humanrights.audit.domain.AuditAction;
import org.unmiss.humanrights.audit.domain.AuditLog;
import org.unmiss.humanrights.hrcase.domain.CaseService;
import org.unmiss.humanrights.hrcase.domain.ForbiddenException;
import org.unmiss.humanrights.hrcase.domain.HrCase;
import org.unmiss.humanrights.report.persistence.FigureBook;
import org.unmiss.humanrights.report.persistence.ReportQueries;
import org.unmiss.kit.problem.InvalidRequestException;
import org.unmiss.kit.web.CsvTable;
import org.unmiss.kit.web.Exports;
import org.unmiss.humanrights.release.domain.Quarter;
import org.unmiss.kit.security.CurrentUser;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * De-identified views over cases: the only human rights data REPORTING and PARTNER receive, and those only for
 * released quarters (ADR 0098). Figures cover the caller's field-office scope and the incidents dated from/to
 * (inclusive).
 */
@RestController
@RequestMapping("/api/v1/hr-reports")
@Tag(name = "Human rights reports", description = "MRM, MARA and forms-of-harm figures; de-identified exports")
@RequiredArgsConstructor
public class ReportController {

    private static final int IDENTIFIED_EXPORT_BATCH = 500;
    private static final String RELEASED_ONLY = "Partners and reporting tools (no HR_READ) receive a released quarter only "
            + "(from and to exactly one quarter's first and last day): its figures as frozen when released, each figure "
            + "counting fewer than the small-cell threshold withheld and named in `release`; 404 for a quarter not released.";
    private static final String AGGREGATE_READERS = "hasAnyRole('HR_READ', 'REPORTING', 'PARTNER', 'MISSION_ADMIN')";

    private final ReportQueries queries;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final CaseService caseService;
    private final FigureBook book;
    private final FigureReports fromCells;
    private final CaseReports fromCases;
    private final ReleasedReports released;

    /**
     * Whether the caller receives released figures only (ADR 0098): partners and reporting tools, that is every reader
     * without HR_READ or MISSION_ADMIN; human rights staff and administrators read the live figures.
     */
    private boolean releasedOnly() {
        return !currentUser.hasAnyRole("HR_READ", "MISSION_ADMIN");
    }

    /** The released quarter a partner's from..to must be exactly. */
    private static Quarter releasedQuarter(LocalDate from, LocalDate to) {
        return Quarter.spanning(from, to).orElseThrow(() -> new InvalidRequestException("from",
                "partners and reporting tools receive released quarters: from must be a quarter's first day and to its last"
                        + " (e.g. from=2025-10-01&to=2025-12-31)"));
    }

    /** The counted cells once they are complete (ADR 0038); summed from the cases until then. */
    private Reports reports() {
        return book.ready() ? fromCells : fromCases;
    }

    @GetMapping("/mrm")
    @PreAuthorize(AGGREGATE_READERS)
    @Operation(summary = "The six grave violations against children with the MRM counting rule, verified (and reported, for human rights staff)", description = RELEASED_ONLY)
    public MrmReport mrm(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        checkPeriod(from, to);
        if (releasedOnly()) {
            return released.mrm(currentUser.fieldOffice(), releasedQuarter(from, to));
        }
        return reports().mrm(currentUser.fieldOffice(), from, to, currentUser.hasRole("HR_READ"));
    }

    @GetMapping("/mara")
    @PreAuthorize(AGGREGATE_READERS)
    @Operation(summary = "Verified conflict-related sexual violence by type, alleged party, state and month (MARA)", description = RELEASED_ONLY)
    public MaraReport mara(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        checkPeriod(from, to);
        if (releasedOnly()) {
            return released.mara(currentUser.fieldOffice(), releasedQuarter(from, to));
        }
        return reports().mara(currentUser.fieldOffice(), from, to);
    }

    @GetMapping("/harm")
    @PreAuthorize(AGGREGATE_READERS)
    @Operation(summary = "Victims of killing, injury, abduction and CRSV per quarter, verified cases", description = RELEASED_ONLY)
    public HarmReport harm(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        checkPeriod(from, to);
        if (releasedOnly()) {
            return released.harm(currentUser.fieldOffice(), releasedQuarter(from, to));
        }
        return reports().harm(currentUser.fieldOffice(), from, to);
    }

    @GetMapping("/quarterly-brief")
    @PreAuthorize(AGGREGATE_READERS)
    @Operation(summary = "The verified figures of one quarter (e.g. 2026-Q1): by type, party, state, month; victims by sex and age group; forms of harm; late verifications; hate speech", description = RELEASED_ONLY)
    public QuarterlyBrief quarterlyBrief(@RequestParam String quarter) {
        Quarter parsed = Quarter.parse(quarter, "quarter");
        if (releasedOnly()) {
            return released.brief(currentUser.fieldOffice(), parsed);
        }
        return reports().brief(currentUser.fieldOffice(), parsed.toString(), parsed.firstDay(), parsed.lastDay());
    }

    @GetMapping(value = "/export", produces = Exports.CSV)
    @PreAuthorize("hasRole('HR_EXPORT')")
    @Operation(summary = "One CSV row per violation (HXL-tagged) of every standing allegation in your field office; "
            + "de-identified unless identities=true (needs HR_SENSITIVE too; each case's names read is audited); audited")
    public void export(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                       @RequestParam(defaultValue = "false") boolean identities,
                       HttpServletResponse response) throws IOException {
        checkPeriod(from, to);
        // refused before anything is written or recorded: the answer must be a problem, not half a file
        if (identities && !currentUser.hasRole("HR_SENSITIVE")) {
            throw new ForbiddenException("An identified export needs HR_SENSITIVE as well as HR_EXPORT");
        }
        audit.record(AuditAction.EXPORTED, null, (identities ? "identified " : "") + "violations CSV "
                + (from == null ? "" : from) + ".." + (to == null ? "" : to));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"hr-violations.csv\"");
        CsvTable.Rows csv = CsvTable.stream(response.getWriter(), ViolationCsv.columns(identities), true);
        try (var cases = queries.cases(new ReportQueries.Scope(currentUser.fieldOffice(), from, to, ReportQueries.Basis.REPORTED))) {
            if (!identities) {
                cases.forEach(c -> c.violations().forEach(v -> csv.row(ViolationCsv.row(c, v, null))));
            } else {
                // Identity reads are recorded a batch of cases at a time (one audit write each), before their names are opened.
                List<HrCase> batch = new ArrayList<>(IDENTIFIED_EXPORT_BATCH);
                cases.forEach(c -> {
                    batch.add(c);
                    if (batch.size() == IDENTIFIED_EXPORT_BATCH) {
                        writeIdentified(batch, csv);
                    }
                });
                writeIdentified(batch, csv);
            }
        }
        csv.flush();
    }

    private void writeIdentified(List<HrCase> batch, CsvTable.Rows csv) {
        Map<String, Map<String, String>> names = caseService.victimNames(batch);
        batch.forEach(c -> c.violations().forEach(v -> csv.row(ViolationCsv.row(c, v, names.getOrDefault(c.reference(), Map.of())))));
        batch.clear();
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidRequestException("to", "must not be before from");
        }
    }
}
