package org.unmiss.personnel.country.api;

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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unmiss.kit.problem.ConflictException;
import org.unmiss.kit.problem.InvalidRequestException;
import org.unmiss.kit.problem.NotFoundException;
import org.unmiss.kit.web.ListParams;
import org.unmiss.kit.web.ETags;
import org.unmiss.kit.web.PageOf;
import org.unmiss.personnel.country.domain.Country;
import org.unmiss.personnel.country.domain.IsoCountries;
import org.unmiss.personnel.country.persistence.CountryRepository;

import java.net.URI;
import java.util.Set;

/** Contributing countries hold no personal data: every reader of personnel figures may list them. */
@RestController
@RequestMapping("/api/v1/countries")
@Tag(name = "Contributing countries", description = "Troop- and police-contributing countries (ISO 3166-1 alpha-3)")
@PreAuthorize("hasAnyRole('PERSONNEL_READ', 'PERSONNEL_WRITE', 'REPORTING', 'PARTNER', 'MISSION_ADMIN')")
@RequiredArgsConstructor
public class CountryController {

    private static final Set<String> SORTABLE = Set.of("code", "name", "contributorSince");

    private final CountryRepository repository;

    @GetMapping
    @Operation(summary = "List contributing countries")
    public PageOf<CountryResponse> list(ListParams list) {
        return PageOf.of(repository.findAll(list.pageable(SORTABLE, Sort.by("code"))), CountryResponse::from);
    }

    @GetMapping("/{code}")
    @Operation(summary = "One contributing country")
    public ResponseEntity<CountryResponse> get(@PathVariable String code) {
        Country country = repository.findById(code).orElseThrow(() -> new NotFoundException("Country", code));
        return ResponseEntity.ok().eTag(ETags.of(country.version())).body(CountryResponse.from(country));
    }

    @PostMapping
    @PreAuthorize("hasRole('PERSONNEL_WRITE')")
    @Operation(summary = "Register a contributing country", description = "The code must be on the ISO 3166-1 alpha-3 list.")
    public ResponseEntity<CountryResponse> create(@Valid @RequestBody CountryRequest request) {
        String name = IsoCountries.name(request.code())
                .orElseThrow(() -> new InvalidRequestException("code", "is not an ISO 3166-1 alpha-3 country code"));
        Country saved;
        try {
            saved = repository.insert(new Country(request.code(), name, request.contributorSince(), null));
        } catch (DuplicateKeyException e) {
            throw new ConflictException("Country " + request.code() + " is already registered");
        }
        return ResponseEntity.created(URI.create("/api/v1/countries/" + saved.code()))
                .eTag(ETags.of(saved.version())).body(CountryResponse.from(saved));
    }
}
