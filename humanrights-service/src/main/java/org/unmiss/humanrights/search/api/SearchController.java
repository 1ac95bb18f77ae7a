package org.unmiss.humanrights.search.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Sort;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unmiss.humanrights.hrcase.domain.CaseTexts;
import org.unmiss.humanrights.search.domain.CaseSearch;
import org.unmiss.kit.web.ListParams;
import org.unmiss.kit.web.PageOf;

import java.util.Set;

/** Case search (ADR 0091): words for anyone who may list cases, names for HR_SENSITIVE; within the office scope, audited. */
@RestController
@RequiredArgsConstructor
@Tag(name = "Human rights cases")
public class SearchController {

    private static final Set<String> SORTABLE = Set.of("reference", "incidentDate", "status", "createdAt");

    private final CaseSearch search;
    private final CaseTexts texts;

    @GetMapping("/api/v1/hr-cases/search")
    @PreAuthorize("hasRole('HR_READ')")
    @Operation(summary = "Find cases within your field office by words (every word must match: reference, office, state, county, "
            + "tags, act types, parties, status, and the title for HR_SENSITIVE) and/or by a person's name (HR_SENSITIVE only, "
            + "403 otherwise); names are matched by their blind-index hashes, never stored in plaintext; every search is audited")
    public ResponseEntity<PageOf<SearchHit>> search(
            @Parameter(description = "Words, at most 10 (accents and case do not matter)") @RequestParam(required = false) String q,
            @Parameter(description = "A person's name or part of it, whole words (HR_SENSITIVE)") @RequestParam(required = false) String name,
            ListParams list) {
        var pageable = list.pageable(SORTABLE, Sort.by(Sort.Direction.DESC, "incidentDate"));
        CaseSearch.Found found = search.search(q, name, pageable);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(PageOf.of(found.cases(), c -> SearchHit.from(c, found.sensitive() ? texts.title(c) : null)));
    }
}
