package org.unmiss.peace.agreement.api;

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
import org.unmiss.peace.agreement.domain.ImplementationMatrix;
import org.unmiss.peace.agreement.domain.ProvisionService;
import org.unmiss.kit.web.CsvTable;
import org.unmiss.kit.web.Exports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The implementation matrix: each chapter's provisions by status on a given day. */
@RestController
@RequestMapping("/api/v1/agreement-chapters/implementation")
@Tag(name = "Agreement implementation", description = "The R-ARCSS implementation matrix per chapter, as of any day")
@RequiredArgsConstructor
public class ImplementationController {

    private final ProvisionService service;
    private final Clock clock;

    @GetMapping(produces = Exports.JSON)
    @PreAuthorize(ProvisionController.READERS)
    @Operation(summary = "Provisions per chapter and status as they stood on asOf (default today)")
    public ImplementationMatrix matrix(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                       @RequestParam(required = false) String chapter) {
        return service.matrix(asOf == null ? LocalDate.now(clock) : asOf, chapter);
    }

    @GetMapping(produces = Exports.CSV)
    @PreAuthorize(ProvisionController.READERS)
    @Operation(summary = "The matrix as CSV, one row per provision")
    public ResponseEntity<String> matrixCsv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                            @RequestParam(required = false) String chapter) {
        ImplementationMatrix matrix = matrix(asOf, chapter);
        List<List<?>> rows = new ArrayList<>();
        matrix.chapters().forEach(c -> c.provisions().forEach(p -> rows.add(Arrays.asList(c.chapter(), p.code(), p.title(),
                p.status(), p.since(), p.measuredValue(), p.target(), p.deadline(), p.pastDeadline()))));
        return CsvTable.of("implementation-matrix-" + matrix.asOf(), List.of("chapter", "provision", "title", "status", "since",
                "measured_value", "target", "deadline", "past_deadline"), rows);
    }
}
