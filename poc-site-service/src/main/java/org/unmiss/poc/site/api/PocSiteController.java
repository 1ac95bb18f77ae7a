package org.unmiss.poc.site.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
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
import org.unmiss.kit.web.Paging;
import org.unmiss.poc.site.domain.Designation;
import org.unmiss.poc.site.persistence.PocSiteRepository;

import java.util.Set;

/** Site names, places and designations are public facts: reporting tools and partners may read them. */
@RestController
@RequestMapping("/api/v1/poc-sites")
@Tag(name = "PoC sites", description = "Protection of Civilians sites and their designation")
@PreAuthorize("hasAnyRole('POC_READ', 'REPORTING', 'PARTNER', 'MISSION_ADMIN')")
public class PocSiteController {

    private static final Set<String> SORTABLE = Set.of("code", "name", "fieldOffice");

    private final PocSiteRepository sites;

    public PocSiteController(PocSiteRepository sites) {
        this.sites = sites;
    }

    @GetMapping
    @Operation(summary = "List PoC sites, optionally only those with a designation")
    public PageOf<PocSiteResponse> list(@RequestParam(required = false) Designation designation,
                                        @RequestParam(defaultValue = "0") int page,
                                        @RequestParam(defaultValue = "50") int size,
                                        @RequestParam(required = false) String sort) {
        Pageable pageable = Paging.of(page, size, sort, SORTABLE, Sort.by("code"));
        return PageOf.of(designation == null ? sites.findAll(pageable) : sites.findByDesignation(designation, pageable),
                PocSiteResponse::from);
    }

    @GetMapping("/{code}")
    @Operation(summary = "One PoC site, with its version as ETag")
    public ResponseEntity<PocSiteResponse> get(@PathVariable String code) {
        return sites.findById(code)
                .map(site -> ResponseEntity.ok().eTag(ETags.of(site.version())).body(PocSiteResponse.from(site)))
                .orElseThrow(() -> new NotFoundException("PoC site", code));
    }
}
