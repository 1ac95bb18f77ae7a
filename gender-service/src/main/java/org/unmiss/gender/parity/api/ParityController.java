package org.unmiss.gender.parity.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import lombok.RequiredArgsConstructor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unmiss.gender.parity.domain.ParityCalculator;
import org.unmiss.gender.parity.domain.ParityUnavailableException;
import org.unmiss.gender.parity.persistence.ParitySource;
import org.unmiss.gender.personnel.persistence.PersonnelRefusedException;
import org.unmiss.kit.web.CsvTable;
import org.unmiss.kit.web.Exports;
import org.unmiss.kit.problem.Problems;
import org.unmiss.problem.ProblemType;
import org.unmiss.vocabulary.ParityTargets;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Women's share of the mission's personnel against the uniformed gender parity targets, read from
 * personnel-service with the caller's token. When personnel-service is down or slow the last good
 * figures answer, marked {@code stale} with their time; with none kept, 503 with Retry-After.
 */
@RestController
@RequestMapping("/api/v1/gender-reports/parity")
@Tag(name = "Parity", description = "Women's share per personnel category, sub-category and contributing country against the parity targets")
@PreAuthorize("hasAnyRole('GENDER_READ', 'REPORTING', 'PARTNER', 'MISSION_ADMIN')")
@RequiredArgsConstructor
public class ParityController {

    static final String RETRY_AFTER_SECONDS = "30";

    private final ParitySource source;
    private final ParityTargets targets;
    private final Clock clock;

    @GetMapping(produces = Exports.JSON)
    @Operation(summary = "The parity view (stale=true with asOf/fetchedAt when personnel-service could not answer)")
    public ParityResponse parity(@Parameter(description = "the day the figures describe; today by default")
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        ParitySource.Figures figures = source.figures(asOf == null ? LocalDate.now(clock) : asOf);
        var snapshot = figures.snapshot();
        int year = snapshot.asOf().getYear();
        var byCategory = ParityCalculator.byCategory(snapshot.byCategory(), targets, year);
        boolean missing = byCategory.stream().anyMatch(l -> l.subCategory() != null && l.targetPercent() == null
                && org.unmiss.vocabulary.UniformedGroup.ofSubCategory(l.subCategory()).isPresent());
        return new ParityResponse(snapshot.asOf(), snapshot.fetchedAt(), figures.stale(), figures.staleReason(), "personnel-service",
                year, missing ? targets.missing(year) : null, snapshot.total(), byCategory,
                ParityCalculator.byCountry(snapshot.byCountry(), targets, year));
    }

    @GetMapping(produces = Exports.CSV)
    @Operation(summary = "The parity view as CSV, one line per category, sub-category and country; a stale answer says so in its first column")
    public ResponseEntity<String> parityCsv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        ParityResponse view = parity(asOf);
        List<List<?>> rows = new ArrayList<>();
        String freshness = view.stale() ? "STALE" : "FRESH";
        view.byCategory().forEach(l -> rows.add(Arrays.asList(freshness, view.asOf(), view.fetchedAt(), "CATEGORY", l.category(),
                l.subCategory(), l.female(), l.male(), l.total(), l.womenSharePercent(), l.targetPercent(), l.meetsTarget())));
        view.byCountry().forEach(l -> rows.add(Arrays.asList(freshness, view.asOf(), view.fetchedAt(), "COUNTRY", l.country(),
                null, l.female(), l.male(), l.total(), l.womenSharePercent(), l.targetPercent(), l.meetsTarget())));
        return CsvTable.of("parity-" + view.asOf(), List.of("freshness", "asOf", "fetchedAt", "dimension", "group",
                "subCategory", "female", "male", "total", "womenSharePercent", "targetPercent", "meetsTarget"), rows);
    }

    @ExceptionHandler(ParityUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(ParityUnavailableException e, HttpServletRequest request) {
        return ResponseEntity.status(ProblemType.SERVICE_UNAVAILABLE.status()).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(ProblemType.SERVICE_UNAVAILABLE, e.getMessage(), request.getRequestURI(), List.of()));
    }

    @ExceptionHandler(PersonnelRefusedException.class)
    ResponseEntity<ProblemDetail> refused(PersonnelRefusedException e, HttpServletRequest request) {
        return ResponseEntity.status(ProblemType.FORBIDDEN.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(ProblemType.FORBIDDEN, "personnel-service does not let you read strength figures ("
                        + e.status() + "); the parity view shows only what you may read there", request.getRequestURI(), List.of()));
    }
}
