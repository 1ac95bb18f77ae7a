package org.unmiss.humanrights.perpetrator.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unmiss.humanrights.perpetrator.domain.PartyUnitTally;
import org.unmiss.humanrights.perpetrator.domain.PerpetratorReport;
import org.unmiss.kit.problem.InvalidRequestException;
import org.unmiss.kit.web.CsvTable;
import org.unmiss.kit.web.Exports;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Cases by alleged party and unit (ADR 0100): for human rights staff (HR_READ), live, within their field office; not
 * given to partners (a unit with few allegations points to people).
 */
@RestController
@RequestMapping("/api/v1/hr-reports/perpetrators")
@Tag(name = "Human rights perpetrators", description = "Standing allegations by alleged party and unit")
@RequiredArgsConstructor
public class PerpetratorReportController {

    private static final String READERS = "hasRole('HR_READ')";

    private final PerpetratorReport report;

    @GetMapping(produces = Exports.JSON)
    @PreAuthorize(READERS)
    @Operation(summary = "Standing allegations (not found not to have occurred) by alleged party and unit: cases, acts, verified "
            + "acts, individuals alleged; incidents dated from/to inclusive, your field office (HQ: all)")
    public ResponseEntity<List<PartyUnitTally.PartyUnitRow>> byPartyAndUnit(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidRequestException("to", "must not be before from");
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(report.byPartyAndUnit(from, to));
    }

    @GetMapping(produces = Exports.CSV)
    @PreAuthorize(READERS)
    @Operation(summary = "The same as CSV")
    public ResponseEntity<String> byPartyAndUnitCsv(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        List<List<?>> rows = byPartyAndUnit(from, to).getBody().stream().<List<?>>map(r -> Arrays.asList(r.partyCode(), r.unit(),
                r.cases(), r.violations(), r.verifiedViolations(), r.individualsAlleged())).toList();
        ResponseEntity<String> csv = CsvTable.of("hr-cases-by-party-and-unit",
                List.of("partyCode", "unit", "cases", "violations", "verifiedViolations", "individualsAlleged"), rows);
        return ResponseEntity.status(csv.getStatusCode()).headers(csv.getHeaders()).cacheControl(CacheControl.noStore()).body(csv.getBody());
    }
}
