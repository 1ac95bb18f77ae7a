package org.unmiss.poc.returns.api;

import lombok.RequiredArgsConstructor;
import org.unmiss.poc.returns.domain.FollowUpRequest;
import org.unmiss.poc.returns.domain.ReturnRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unmiss.kit.web.ListParams;
import org.unmiss.kit.web.ETags;
import org.unmiss.kit.web.PageOf;
import org.unmiss.poc.returns.domain.ReturnMovement;
import org.unmiss.poc.returns.domain.ReturnService;
import org.unmiss.poc.returns.persistence.ReturnQueries;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

@RestController
@RequestMapping("/api/v1/returns")
@Tag(name = "Returns", description = "Voluntary, informed returns and relocations from PoC sites, with follow-up monitoring")
@PreAuthorize("hasAnyRole('POC_READ', 'MISSION_ADMIN')")
@RequiredArgsConstructor
public class ReturnController {

    private static final Set<String> SORTABLE = Set.of("departedOn", "siteCode", "destinationState");

    private final ReturnService service;
    private final ReturnQueries queries;

    @PostMapping
    @PreAuthorize("hasRole('POC_WRITE')")
    @Operation(summary = "Record a return or relocation",
            description = "voluntary, informed, safe and dignified are four findings; a movement failing any is recorded and flagged, "
                    + "not refused. Destination a county on the place list; counselledOn on or before departedOn; individuals by sex and age adding up.")
    public ResponseEntity<ReturnResponse> record(@Valid @RequestBody ReturnRequest request) {
        ReturnMovement saved = service.record(request);
        return ResponseEntity.created(URI.create("/api/v1/returns/" + saved.reference()))
                .eTag(ETags.of(saved.version())).body(ReturnResponse.from(saved));
    }

    @GetMapping
    @Operation(summary = "List returns of the caller's field office (all for HQ), newest first")
    public PageOf<ReturnResponse> list(@RequestParam(required = false) String siteCode,
                                       @RequestParam(required = false) String destinationState,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                       ListParams list) {
        return PageOf.of(queries.find(siteCode, destinationState, from, to,
                list.pageable(SORTABLE, Sort.by(Sort.Direction.DESC, "departedOn"))), ReturnResponse::from);
    }

    @GetMapping("/{reference}")
    @Operation(summary = "One return (404 outside the caller's field office)")
    public ResponseEntity<ReturnResponse> get(@PathVariable String reference) {
        ReturnMovement movement = service.visible(reference);
        return ResponseEntity.ok().eTag(ETags.of(movement.version())).body(ReturnResponse.from(movement));
    }

    @PostMapping("/{reference}/follow-ups")
    @PreAuthorize("hasRole('POC_WRITE')")
    @Operation(summary = "Add a follow-up monitoring visit (If-Match required); not before the departure")
    public ResponseEntity<ReturnResponse> followUp(@PathVariable String reference,
                                                   @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                   @Valid @RequestBody FollowUpRequest request) {
        ReturnMovement saved = service.followUp(reference, ETags.requireVersion(ifMatch), request);
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/returns/" + reference))
                .eTag(ETags.of(saved.version())).body(ReturnResponse.from(saved));
    }
}
