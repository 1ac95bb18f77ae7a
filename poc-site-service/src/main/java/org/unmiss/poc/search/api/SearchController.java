package org.unmiss.poc.search.api;

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
import org.unmiss.kit.problem.FieldError;
import org.unmiss.kit.problem.FieldErrors;
import org.unmiss.kit.problem.InvalidRequestException;
import org.unmiss.kit.problem.NotFoundException;
import org.unmiss.kit.web.ListParams;
import org.unmiss.kit.web.ETags;
import org.unmiss.kit.web.PageOf;
import org.unmiss.kit.store.ReferenceNumbers;
import org.unmiss.poc.search.domain.SearchOperation;
import org.unmiss.poc.search.persistence.SearchQueries;
import org.unmiss.poc.search.persistence.SearchRepository;
import org.unmiss.poc.seizure.api.SeizedItemResponse;
import org.unmiss.poc.seizure.domain.SeizedItem;
import org.unmiss.poc.seizure.domain.SeizureService;
import org.unmiss.poc.site.domain.PocSite;
import org.unmiss.poc.site.domain.Sector;
import org.unmiss.poc.site.domain.SiteAccess;

import java.time.Clock;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

@RestController
@RequestMapping("/api/v1/searches")
@Tag(name = "Cordon-and-search operations", description = "Searches inside PoC sites and the items seized in them")
@PreAuthorize("hasAnyRole('POC_READ', 'MISSION_ADMIN')")
@RequiredArgsConstructor
public class SearchController {

    private static final Set<String> SORTABLE = Set.of("startedAt", "siteCode");

    private final SearchRepository searches;
    private final SearchQueries queries;
    private final SeizureService seizures;
    private final SiteAccess access;
    private final ReferenceNumbers numbers;
    private final Clock clock;

    @PostMapping
    @PreAuthorize("hasRole('POC_WRITE')")
    @Operation(summary = "Log a cordon-and-search operation", description = "sectors must be sectors of the site; endedAt after startedAt.")
    public ResponseEntity<SearchResponse> log(@Valid @RequestBody SearchRequest request) {
        PocSite site = access.writableSite("siteCode", request.siteCode());
        FieldErrors errors = new FieldErrors();
        Set<String> known = site.structure() == null ? Set.of()
                : site.structure().stream().map(Sector::code).collect(java.util.stream.Collectors.toSet());
        for (int i = 0; i < request.sectors().size(); i++) {
            if (!known.contains(request.sectors().get(i))) {
                errors.add("sectors[" + i + "]", "must be one of the site's sectors " + new java.util.TreeSet<>(known));
            }
        }
        if (!request.endedAt().isAfter(request.startedAt())) {
            errors.add("endedAt", "must be after startedAt");
        }
        errors.throwIfAny("The search operation is not valid");
        SearchOperation saved = searches.insert(new SearchOperation(
                numbers.next("CS", request.startedAt().atZone(ZoneOffset.UTC).getYear()), site.code(), site.fieldOffice(),
                request.startedAt(), request.endedAt(), request.startedAt().toString().substring(0, 7),
                List.copyOf(request.sectors()), request.sheltersSearched(), request.personnelDeployed(), request.leadUnit(),
                request.notes(), access.username(), Instant.now(clock), null));
        return ResponseEntity.created(URI.create("/api/v1/searches/" + saved.reference()))
                .eTag(ETags.of(saved.version())).body(SearchResponse.from(saved));
    }

    @GetMapping
    @Operation(summary = "List search operations of the caller's field office (all for HQ), newest first")
    public PageOf<SearchResponse> list(@RequestParam(required = false) String siteCode,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                                       ListParams list) {
        return PageOf.of(queries.find(siteCode, from, to,
                list.pageable(SORTABLE, Sort.by(Sort.Direction.DESC, "startedAt"))), SearchResponse::from);
    }

    @GetMapping("/{reference}")
    @Operation(summary = "One search operation (404 outside the caller's field office)")
    public ResponseEntity<SearchResponse> get(@PathVariable String reference) {
        SearchOperation search = visible(reference);
        return ResponseEntity.ok().eTag(ETags.of(search.version())).body(SearchResponse.from(search));
    }

    @PostMapping("/{reference}/seizures")
    @PreAuthorize("hasRole('POC_WRITE')")
    @Operation(summary = "Register an item seized in this search; its custody chain starts with DEPOSITED at depositedAt")
    public ResponseEntity<SeizedItemResponse> seize(@PathVariable String reference,
                                                                                 @Valid @RequestBody SeizureRequest request) {
        SearchOperation search = visible(reference);
        SeizedItem saved = seizures.register(
                new SeizureService.Search(search.reference(), search.siteCode(), search.fieldOffice(), search.startedAt()),
                new SeizureService.Seizure(request.itemType(), request.count(), request.description(), request.seizedBy(),
                        request.seizedAt(), request.depositedAt()));
        return ResponseEntity.created(URI.create("/api/v1/seizures/" + saved.reference()))
                .eTag(ETags.of(saved.version())).body(SeizedItemResponse.from(saved));
    }

    private SearchOperation visible(String reference) {
        return searches.findById(reference).filter(s -> access.visible(s.fieldOffice()))
                .orElseThrow(() -> new NotFoundException("Search operation", reference));
    }
}
