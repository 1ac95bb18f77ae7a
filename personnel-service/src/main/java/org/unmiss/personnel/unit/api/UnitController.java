package org.unmiss.personnel.unit.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unmiss.kit.web.ListParams;
import org.unmiss.kit.web.ETags;
import org.unmiss.kit.web.PageOf;
import org.unmiss.personnel.unit.domain.Unit;
import org.unmiss.personnel.unit.domain.UnitRequest;
import org.unmiss.personnel.unit.domain.UnitService;
import org.unmiss.personnel.unit.domain.UnitType;

import java.net.URI;
import java.util.Set;

/** Units hold no personal data: every reader of personnel figures may list them. */
@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Units", description = "Contingents: country, type, authorised strength, base and rotation dates")
@PreAuthorize("hasAnyRole('PERSONNEL_READ', 'PERSONNEL_WRITE', 'REPORTING', 'PARTNER', 'MISSION_ADMIN')")
@RequiredArgsConstructor
public class UnitController {

    private static final Set<String> SORTABLE = Set.of("code", "name", "countryCode", "type", "rotationEnd");

    private final UnitService service;

    @GetMapping
    @Operation(summary = "List units")
    public PageOf<UnitResponse> list(@RequestParam(required = false) String countryCode,
                                     @RequestParam(required = false) UnitType type,
                                     @RequestParam(required = false) String baseFieldOffice,
                                     ListParams list) {
        return PageOf.of(service.list(countryCode, type, baseFieldOffice,
                list.pageable(SORTABLE, Sort.by("code"))), UnitResponse::from);
    }

    @GetMapping("/{code}")
    @Operation(summary = "One unit, with its version as ETag")
    public ResponseEntity<UnitResponse> get(@PathVariable String code) {
        Unit unit = service.get(code);
        return ResponseEntity.ok().eTag(ETags.of(unit.version())).body(UnitResponse.from(unit));
    }

    @PostMapping
    @PreAuthorize("hasRole('PERSONNEL_WRITE')")
    @Operation(summary = "Register a unit")
    public ResponseEntity<UnitResponse> create(@Valid @RequestBody UnitRequest request) {
        Unit saved = service.register(request);
        return ResponseEntity.created(URI.create("/api/v1/units/" + saved.code()))
                .eTag(ETags.of(saved.version())).body(UnitResponse.from(saved));
    }

    @PutMapping("/{code}")
    @PreAuthorize("hasRole('PERSONNEL_WRITE')")
    @Operation(summary = "Replace a unit's details (e.g. a new rotation); If-Match required")
    public ResponseEntity<UnitResponse> update(@PathVariable String code, @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                               @Valid @RequestBody UnitRequest request) {
        Unit saved = service.replace(code, ETags.requireVersion(ifMatch), request);
        return ResponseEntity.ok().eTag(ETags.of(saved.version())).body(UnitResponse.from(saved));
    }
}
