package org.unmiss.personnel.unit.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DuplicateKeyException;
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
import org.unmiss.kit.problem.ConflictException;
import org.unmiss.kit.problem.FieldError;
import org.unmiss.kit.problem.FieldErrors;
import org.unmiss.kit.problem.InvalidRequestException;
import org.unmiss.kit.problem.NotFoundException;
import org.unmiss.kit.web.ListParams;
import org.unmiss.kit.web.ETags;
import org.unmiss.kit.web.PageOf;
import org.unmiss.personnel.country.persistence.CountryRepository;
import org.unmiss.personnel.fieldoffice.persistence.FieldOfficeRepository;
import org.unmiss.personnel.unit.domain.Unit;
import org.unmiss.personnel.unit.domain.UnitType;
import org.unmiss.personnel.unit.persistence.UnitQueries;
import org.unmiss.personnel.unit.persistence.UnitRepository;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Units hold no personal data: every reader of personnel figures may list them. */
@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Units", description = "Contingents: country, type, authorised strength, base and rotation dates")
@PreAuthorize("hasAnyRole('PERSONNEL_READ', 'PERSONNEL_WRITE', 'REPORTING', 'PARTNER', 'MISSION_ADMIN')")
@RequiredArgsConstructor
public class UnitController {

    private static final Set<String> SORTABLE = Set.of("code", "name", "countryCode", "type", "rotationEnd");

    private final UnitRepository repository;
    private final UnitQueries queries;
    private final CountryRepository countries;
    private final FieldOfficeRepository offices;

    @GetMapping
    @Operation(summary = "List units")
    public PageOf<UnitResponse> list(@RequestParam(required = false) String countryCode,
                                     @RequestParam(required = false) UnitType type,
                                     @RequestParam(required = false) String baseFieldOffice,
                                     ListParams list) {
        return PageOf.of(queries.find(countryCode, type, baseFieldOffice,
                list.pageable(SORTABLE, Sort.by("code"))), UnitResponse::from);
    }

    @GetMapping("/{code}")
    @Operation(summary = "One unit, with its version as ETag")
    public ResponseEntity<UnitResponse> get(@PathVariable String code) {
        Unit unit = repository.findById(code).orElseThrow(() -> new NotFoundException("Unit", code));
        return ResponseEntity.ok().eTag(ETags.of(unit.version())).body(UnitResponse.from(unit));
    }

    @PostMapping
    @PreAuthorize("hasRole('PERSONNEL_WRITE')")
    @Operation(summary = "Register a unit")
    public ResponseEntity<UnitResponse> create(@Valid @RequestBody UnitRequest request) {
        // code first: the problem's first error is the one a client fixes first
        FieldErrors errors = check(request, new FieldErrors().when(request.code() == null, "code", "is required"));
        errors.throwIfAny(errors.size() + " fields are not valid");
        Unit saved;
        try {
            saved = repository.insert(toUnit(request.code(), request, null));
        } catch (DuplicateKeyException e) {
            throw new ConflictException("Unit " + request.code() + " already exists");
        }
        return ResponseEntity.created(URI.create("/api/v1/units/" + saved.code()))
                .eTag(ETags.of(saved.version())).body(UnitResponse.from(saved));
    }

    @PutMapping("/{code}")
    @PreAuthorize("hasRole('PERSONNEL_WRITE')")
    @Operation(summary = "Replace a unit's details (e.g. a new rotation); If-Match required")
    public ResponseEntity<UnitResponse> update(@PathVariable String code, @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                               @Valid @RequestBody UnitRequest request) {
        long version = ETags.requireVersion(ifMatch);
        repository.findById(code).orElseThrow(() -> new NotFoundException("Unit", code));
        FieldErrors errors = new FieldErrors().when(request.code() != null && !request.code().equals(code),
                "code", "cannot be changed; it must be " + code + " or left out");
        check(request, errors);
        errors.throwIfAny(errors.size() + " fields are not valid");
        Unit saved = repository.save(toUnit(code, request, version));
        return ResponseEntity.ok().eTag(ETags.of(saved.version())).body(UnitResponse.from(saved));
    }

    private FieldErrors check(UnitRequest request, FieldErrors errors) {
        if (!countries.existsById(request.countryCode())) {
            errors.add("countryCode", "is not a registered contributing country");
        }
        if (!offices.existsById(request.baseFieldOffice())) {
            errors.add("baseFieldOffice", "is not a known field office code");
        }
        if (request.rotationEnd().isBefore(request.rotationStart())) {
            errors.add("rotationEnd", "must not be before rotationStart");
            errors.add("rotationStart", "must not be after rotationEnd");
        }
        return errors;
    }

    private static Unit toUnit(String code, UnitRequest r, Long version) {
        return new Unit(code, r.name(), r.countryCode(), r.type(), r.authorisedStrength(), r.baseFieldOffice(),
                r.rotationStart(), r.rotationEnd(), version);
    }
}
