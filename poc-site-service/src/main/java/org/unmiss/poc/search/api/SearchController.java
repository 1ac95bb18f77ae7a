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
import org.unmiss.kit.web.ListParams;
import org.unmiss.kit.web.ETags;
import org.unmiss.kit.web.PageOf;
import org.unmiss.poc.search.domain.SearchOperation;
import org.unmiss.poc.search.domain.SearchRequest;
import org.unmiss.poc.search.domain.SearchService;
import org.unmiss.poc.search.domain.SeizureRequest;
import org.unmiss.poc.seizure.api.SeizedItemResponse;
import org.unmiss.poc.seizure.domain.SeizedItem;

import java.net.URI;
import java.time.Instant;
import java.util.Set;

@RestController
@RequestMapping("/api/v1/searches")
@Tag(name = "Cordon-and-search operations", description = "Searches inside PoC sites and the items seized in them")
@PreAuthorize("hasAnyRole('POC_READ', 'MISSION_ADMIN')")
@RequiredArgsConstructor
public class SearchController {

    private static final Set<String> SORTABLE = Set.of("startedAt", "siteCode");

    private final SearchService service;

    @PostMapping
    @PreAuthorize("hasRole('POC_WRITE')")
    @Operation(summary = "Log a cordon-and-search operation", description = "sectors must be sectors of the site; endedAt after startedAt.")
    public ResponseEntity<SearchResponse> log(@Valid @RequestBody SearchRequest request) {
        SearchOperation saved = service.log(request);
        return ResponseEntity.created(URI.create("/api/v1/searches/" + saved.reference()))
                .eTag(ETags.of(saved.version())).body(SearchResponse.from(saved));
    }

    @GetMapping
    @Operation(summary = "List search operations of the caller's field office (all for HQ), newest first")
    public PageOf<SearchResponse> list(@RequestParam(required = false) String siteCode,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                                       ListParams list) {
        return PageOf.of(service.list(siteCode, from, to,
                list.pageable(SORTABLE, Sort.by(Sort.Direction.DESC, "startedAt"))), SearchResponse::from);
    }

    @GetMapping("/{reference}")
    @Operation(summary = "One search operation (404 outside the caller's field office)")
    public ResponseEntity<SearchResponse> get(@PathVariable String reference) {
        SearchOperation search = service.visible(reference);
        return ResponseEntity.ok().eTag(ETags.of(search.version())).body(SearchResponse.from(search));
    }

    @PostMapping("/{reference}/seizures")
    @PreAuthorize("hasRole('POC_WRITE')")
    @Operation(summary = "Register an item seized in this search; its custody chain starts with DEPOSITED at depositedAt")
    public ResponseEntity<SeizedItemResponse> seize(@PathVariable String reference,
                                                    @Valid @RequestBody SeizureRequest request) {
        SeizedItem saved = service.seize(reference, request);
        return ResponseEntity.created(URI.create("/api/v1/seizures/" + saved.reference()))
                .eTag(ETags.of(saved.version())).body(SeizedItemResponse.from(saved));
    }
}
