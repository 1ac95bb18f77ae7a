package org.unmiss.personnel.fieldoffice.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unmiss.kit.problem.NotFoundException;
import org.unmiss.kit.web.ETags;
import org.unmiss.kit.web.PageOf;
import org.unmiss.kit.web.ListParams;
import org.unmiss.personnel.fieldoffice.persistence.FieldOfficeQueries;
import org.unmiss.personnel.fieldoffice.persistence.FieldOfficeRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

/** Field offices are not personal data: every reader of personnel figures, reporting and partners included, may list them. */
@RestController
@RequestMapping("/api/v1/field-offices")
@Tag(name = "Field offices", description = "The mission's field offices, with the dates they opened and closed")
@PreAuthorize("hasAnyRole('PERSONNEL_READ', 'PERSONNEL_WRITE', 'REPORTING', 'PARTNER', 'MISSION_ADMIN')")
@RequiredArgsConstructor
public class FieldOfficeController {

    private static final Set<String> SORTABLE = Set.of("code", "name", "state", "effectiveFrom");

    private final FieldOfficeQueries queries;
    private final FieldOfficeRepository repository;
    private final Clock clock;

    @GetMapping
    @Operation(summary = "List field offices", description = "Closed offices are included unless openOn is given.")
    public PageOf<FieldOfficeResponse> list(
            @Parameter(description = "Only offices operating on this date (YYYY-MM-DD)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate openOn,
            @Parameter(description = "Only offices in this state, e.g. Upper Nile") @RequestParam(required = false) String state,
            ListParams list) {
        LocalDate today = LocalDate.now(clock);
        return PageOf.of(queries.find(openOn, state, list.pageable(SORTABLE, Sort.by("code"))),
                office -> FieldOfficeResponse.from(office, today));
    }

    @GetMapping("/{code}")
    @Operation(summary = "One field office, with its version as ETag")
    public ResponseEntity<FieldOfficeResponse> get(@PathVariable String code) {
        return repository.findById(code)
                .map(office -> ResponseEntity.ok()
                        .eTag(ETags.of(office.version()))
                        .body(FieldOfficeResponse.from(office, LocalDate.now(clock))))
                .orElseThrow(() -> new NotFoundException("Field office", code));
    }
}
