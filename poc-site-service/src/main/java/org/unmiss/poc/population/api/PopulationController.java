package org.unmiss.poc.population.api;

import lombok.RequiredArgsConstructor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unmiss.kit.web.ListParams;
import org.unmiss.kit.web.ETags;
import org.unmiss.kit.web.PageOf;
import org.unmiss.poc.population.domain.CountingMethod;
import org.unmiss.poc.population.domain.PopulationFigure;
import org.unmiss.poc.population.domain.PopulationFigureRequest;
import org.unmiss.poc.population.domain.PopulationService;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Population figures are aggregates (no person is named): reporting tools and partners may read the series. */
@RestController
@RequestMapping("/api/v1/poc-sites/{code}/population")
@Tag(name = "Population figures", description = "A site's population by date, method, sex and age group")
@PreAuthorize("hasAnyRole('POC_READ', 'REPORTING', 'PARTNER', 'MISSION_ADMIN')")
@RequiredArgsConstructor
public class PopulationController {

    private static final Set<String> SORTABLE = Set.of("asOf", "method");

    private final PopulationService population;

    @PostMapping
    @PreAuthorize("hasRole('POC_WRITE')")
    @Operation(summary = "Record a population figure",
            description = "The six sex × age-group counts must add up to total: 400 naming the mismatch otherwise; 409 if the site already has a figure of that method on that date.")
    public ResponseEntity<PopulationFigureResponse> record(@PathVariable String code,
                                                           @Valid @RequestBody PopulationFigureRequest request) {
        PopulationFigure saved = population.record(code, request);
        return ResponseEntity.created(URI.create("/api/v1/poc-sites/" + code + "/population?from=" + saved.asOf()
                        + "&to=" + saved.asOf() + "&method=" + saved.method()))
                .eTag(ETags.of(saved.version())).body(PopulationFigureResponse.from(saved));
    }

    @GetMapping
    @Operation(summary = "A site's population time series, oldest first unless sorted otherwise")
    public PageOf<PopulationFigureResponse> series(@PathVariable String code,
                                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                   @RequestParam(required = false) CountingMethod method,
                                                   ListParams list) {
        return PageOf.of(population.series(code, from, to, method, list.pageable(SORTABLE, Sort.by("asOf"))),
                PopulationFigureResponse::from);
    }
}
