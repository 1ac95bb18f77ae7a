package org.unmiss.peace.ceasefire.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unmiss.kit.problem.InvalidRequestException;
import org.unmiss.peace.ceasefire.domain.CeasefireDimension;
import org.unmiss.peace.ceasefire.domain.CeasefireService;
import org.unmiss.peace.ceasefire.domain.CeasefireSummaryRow;
import org.unmiss.peace.ceasefire.domain.ViolationReportFilter;
import org.unmiss.peace.ceasefire.domain.ViolationType;
import org.unmiss.kit.web.CsvTable;
import org.unmiss.kit.web.Exports;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Ceasefire reports counted by type, party, stage, source or outcome: figures, no case details. */
@RestController
@RequestMapping("/api/v1/ceasefire/summary")
@Tag(name = "Ceasefire summary", description = "Ceasefire violation reports by type, party and stage (JSON or CSV)")
@RequiredArgsConstructor
public class CeasefireSummaryController {

    private static final String READERS = "hasAnyRole('PEACE_READ', 'REPORTING', 'PARTNER')";
    private final CeasefireService service;

    @GetMapping(produces = Exports.JSON)
    @PreAuthorize(READERS)
    @Operation(summary = "Reports per group, with how many are still open and how many met an access denial")
    public List<CeasefireSummaryRow> summary(@RequestParam CeasefireDimension groupBy,
                                             @RequestParam(required = false) ViolationType type,
                                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidRequestException("from", "must not be after to");
        }
        return service.summary(groupBy, new ViolationReportFilter(null, type, null, null, null, null, null, from, to));
    }

    @GetMapping(produces = Exports.CSV)
    @PreAuthorize(READERS)
    @Operation(summary = "The same as CSV")
    public ResponseEntity<String> summaryCsv(@RequestParam CeasefireDimension groupBy,
                                             @RequestParam(required = false) ViolationType type,
                                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        String dimension = groupBy.name().toLowerCase(Locale.ROOT);
        List<List<?>> rows = summary(groupBy, type, from, to).stream()
                .<List<?>>map(r -> List.of(r.key(), r.reports(), r.open(), r.accessDenied())).toList();
        return CsvTable.of("ceasefire-reports-by-" + dimension, List.of(dimension, "reports", "open", "access_denied"), rows);
    }
}
