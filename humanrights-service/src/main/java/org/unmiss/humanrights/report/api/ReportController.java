package org.unmiss.humanrights.report.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
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
import org.unmiss.humanrights.hrcase.domain.ViolationType;
import org.unmiss.humanrights.report.persistence.ReportQueries;
import org.unmiss.kit.problem.InvalidRequestException;
import org.unmiss.kit.web.CsvTable;
import org.unmiss.kit.web.SaneDates;
import org.unmiss.kit.security.CurrentUser;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * De-identified views over cases: the only human rights data REPORTING and PARTNER receive.
 * Figures cover the caller's field-office scope and the incidents dated from/to (inclusive).
 */
@RestController
@RequestMapping("/api/v1/hr-reports")
@Tag(name = "Human rights reports", description = "MRM, MARA and forms-of-harm figures; de-identified exports")
public class ReportController {

    private static final java.util.regex.Pattern QUARTER = java.util.regex.Pattern.compile("(\\d{4})-Q([1-4])");
    private static final int IDENTIFIED_EXPORT_BATCH = 500;
    private static final String AGGREGATE_READERS = "hasAnyRole('HR_READ', 'REPORTING', 'PARTNER', 'MISSION_ADMIN')";

    private final ReportQueries queries;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final FigureCache figures;
    private final CaseService caseService;

    public ReportController(ReportQueries queries, CurrentUser currentUser, AuditLog audit, FigureCache figures,
                            CaseService caseService) {
        this.queries = queries;
        this.currentUser = currentUser;
        this.audit = audit;
        this.figures = figures;
        this.caseService = caseService;
    }

    @GetMapping("/mrm")
    @PreAuthorize(AGGREGATE_READERS)
    @Operation(summary = "The six grave violations against children with the MRM counting rule, verified (and reported, for human rights staff)")
    public MrmReport mrm(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        checkPeriod(from, to);
        boolean withReported = currentUser.hasRole("HR_READ");
        return figures.get(key("mrm", from, to) + "|" + withReported, from, to, MrmReport.class,
                () -> computeMrm(from, to, withReported));
    }

    private MrmReport computeMrm(LocalDate from, LocalDate to, boolean withReported) {
        EnumSet<ViolationType> graveTypes = EnumSet.noneOf(ViolationType.class);
        Arrays.stream(ViolationType.Grave.values()).forEach(g -> graveTypes.addAll(ViolationType.of(g)));
        var verified = queries.totalsByType(scope(from, to, ReportQueries.Basis.VERIFIED), graveTypes);
        var reported = withReported
                ? queries.totalsByType(scope(from, to, ReportQueries.Basis.REPORTED), graveTypes) : null;
        List<MrmReport.Line> lines = new ArrayList<>();
        for (ViolationType.Grave grave : ViolationType.Grave.values()) {
            lines.add(new MrmReport.Line(grave,
                    grave.countsVictims() ? MrmReport.CountingUnit.CHILD_VICTIMS : MrmReport.CountingUnit.VIOLATIONS,
                    mrmCount(verified, grave), reported == null ? null : mrmCount(reported, grave)));
        }
        return new MrmReport(from, to, lines);
    }

    @GetMapping("/mara")
    @PreAuthorize(AGGREGATE_READERS)
    @Operation(summary = "Verified conflict-related sexual violence by type, alleged party, state and month (MARA)")
    public MaraReport mara(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        checkPeriod(from, to);
        return figures.get(key("mara", from, to), from, to, MaraReport.class, () -> computeMara(from, to));
    }

    private MaraReport computeMara(LocalDate from, LocalDate to) {
        var scope = scope(from, to, ReportQueries.Basis.VERIFIED);
        var totals = queries.totalsByType(scope, ViolationType.crsvTypes());
        List<MaraReport.Line> lines = queries.byTypePartyStateMonth(scope, ViolationType.crsvTypes()).stream()
                .map(r -> new MaraReport.Line(r.period(), r.type(), r.partyCode(), r.state(), r.violations(), r.victims()))
                .toList();
        return new MaraReport(from, to, totals.values().stream().mapToLong(ReportQueries.TypeTotals::violations).sum(),
                totals.values().stream().mapToLong(ReportQueries.TypeTotals::victims).sum(), lines);
    }

    @GetMapping("/harm")
    @PreAuthorize(AGGREGATE_READERS)
    @Operation(summary = "Victims of killing, injury, abduction and CRSV per quarter, verified cases")
    public HarmReport harm(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        checkPeriod(from, to);
        return figures.get(key("harm", from, to), from, to, HarmReport.class, () -> computeHarm(from, to));
    }

    private HarmReport computeHarm(LocalDate from, LocalDate to) {
        EnumSet<ViolationType> harmTypes = EnumSet.noneOf(ViolationType.class);
        Arrays.stream(ViolationType.Harm.values()).forEach(h -> harmTypes.addAll(ViolationType.of(h)));
        Map<String, long[]> byQuarter = new TreeMap<>();
        for (ReportQueries.Row row : queries.byTypeAndQuarter(scope(from, to, ReportQueries.Basis.VERIFIED), harmTypes)) {
            byQuarter.computeIfAbsent(row.period(), q -> new long[ViolationType.Harm.values().length])[row.type().harm().ordinal()]
                    += row.victims();
        }
        List<HarmReport.Quarter> quarters = byQuarter.entrySet().stream().map(e -> {
            long[] v = e.getValue();
            return new HarmReport.Quarter(e.getKey(), v[0], v[1], v[2], v[3], v[0] + v[1] + v[2] + v[3]);
        }).toList();
        return new HarmReport(from, to, quarters);
    }

    @GetMapping("/quarterly-brief")
    @PreAuthorize(AGGREGATE_READERS)
    @Operation(summary = "The verified figures of one quarter (e.g. 2026-Q1): by type, party, state, month; victims by sex and age group; forms of harm; late verifications; hate speech")
    public QuarterlyBrief quarterlyBrief(@RequestParam String quarter) {
        java.util.regex.Matcher parsed = QUARTER.matcher(quarter);
        if (!parsed.matches()) {
            throw new InvalidRequestException("quarter", "must look like 2026-Q1");
        }
        int year = Integer.parseInt(parsed.group(1));
        if (year < SaneDates.EARLIEST.getYear() || year > SaneDates.LATEST.getYear()) {
            throw new InvalidRequestException("quarter", "must be a quarter from " + SaneDates.EARLIEST.getYear() + "-Q1 to "
                    + SaneDates.LATEST.getYear() + "-Q4");
        }
        LocalDate from = LocalDate.of(year, (Integer.parseInt(parsed.group(2)) - 1) * 3 + 1, 1);
        LocalDate to = from.plusMonths(3).minusDays(1);
        return figures.get(key("brief", from, to), from, to, QuarterlyBrief.class, () -> {
            BriefTally tally = new BriefTally();
            try (var cases = queries.casesForFigures(scope(from, to, ReportQueries.Basis.VERIFIED))) {
                cases.forEach(tally::add);
            }
            return tally.brief(quarter, from, to);
        });
    }

    @GetMapping(value = "/export", produces = "text/csv")
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
        try (var cases = queries.cases(scope(from, to, ReportQueries.Basis.REPORTED))) {
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

    /** A view's figures differ by period and by the caller's field-office scope. */
    private String key(String view, LocalDate from, LocalDate to) {
        return view + "|" + from + "|" + to + "|" + currentUser.fieldOffice().office();
    }

    private ReportQueries.Scope scope(LocalDate from, LocalDate to, ReportQueries.Basis basis) {
        return new ReportQueries.Scope(currentUser.fieldOffice(), from, to, basis);
    }

    private static long mrmCount(Map<ViolationType, ReportQueries.TypeTotals> totals, ViolationType.Grave grave) {
        return ViolationType.of(grave).stream().map(totals::get)
                .mapToLong(t -> grave.countsVictims() ? t.childVictims() : t.violations()).sum();
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidRequestException("to", "must not be before from");
        }
    }
}
