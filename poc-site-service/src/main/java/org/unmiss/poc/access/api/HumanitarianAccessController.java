package org.unmiss.poc.access.api;

import lombok.RequiredArgsConstructor;
import org.unmiss.poc.access.domain.AccessIncidentBody;
import org.unmiss.poc.access.domain.EscortOutcomeBody;
import org.unmiss.poc.access.domain.EscortDecisionBody;
import org.unmiss.poc.access.domain.EscortRequestBody;
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
import org.unmiss.kit.web.ETags;
import org.unmiss.kit.web.ListParams;
import org.unmiss.kit.web.PageOf;
import org.unmiss.poc.access.domain.AccessIncident;
import org.unmiss.poc.access.domain.EscortRequest;
import org.unmiss.poc.access.domain.EscortStatus;
import org.unmiss.poc.access.domain.HumanitarianAccessService;
import org.unmiss.poc.access.persistence.AccessIncidentQueries;
import org.unmiss.poc.access.persistence.EscortQueries;

import java.net.URI;
import java.time.LocalDate;
import java.util.Set;

/**
 * Escort requests and access incidents are records of one field office. Humanitarian liaison officers
 * (HUMANITARIAN_ACCESS) take partners' requests and record access incidents; the decision on an escort,
 * which commits troops or police, is the mission's (POC_WRITE).
 */
@RestController
@RequestMapping("/api/v1/humanitarian-access")
@Tag(name = "Humanitarian access", description = "Escort and force-protection requests, access incidents")
@PreAuthorize("hasAnyRole('POC_READ', 'HUMANITARIAN_ACCESS', 'MISSION_ADMIN')")
@RequiredArgsConstructor
public class HumanitarianAccessController {

    private static final Set<String> ESCORT_SORTABLE = Set.of("neededOn", "status");
    private static final Set<String> INCIDENT_SORTABLE = Set.of("occurredOn", "type");

    private final HumanitarianAccessService service;
    private final EscortQueries escortQueries;
    private final AccessIncidentQueries incidentQueries;

    @PostMapping("/escort-requests")
    @PreAuthorize("hasAnyRole('POC_WRITE', 'HUMANITARIAN_ACCESS')")
    @Operation(summary = "Record a partner's escort or force-protection request", description = "from and to are counties; neededOn not in the past.")
    public ResponseEntity<EscortView> request(@Valid @RequestBody EscortRequestBody body) {
        return escort(service.request(body), HttpStatus.CREATED);
    }

    @GetMapping("/escort-requests")
    @Operation(summary = "Escort requests of the caller's field office (all for HQ), latest need first")
    public PageOf<EscortView> escorts(@RequestParam(required = false) EscortStatus status,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                      ListParams list) {
        return PageOf.of(escortQueries.find(status, from, to, list.pageable(ESCORT_SORTABLE, Sort.by(Sort.Direction.DESC, "neededOn"))),
                EscortView::from);
    }

    @GetMapping("/escort-requests/{reference}")
    @Operation(summary = "One escort request (404 outside the caller's field office)")
    public ResponseEntity<EscortView> escort(@PathVariable String reference) {
        EscortRequest request = service.visibleEscort(reference);
        return ResponseEntity.ok().eTag(ETags.of(request.version())).body(EscortView.from(request));
    }

    @PostMapping("/escort-requests/{reference}/decision")
    @PreAuthorize("hasRole('POC_WRITE')")
    @Operation(summary = "Approve (optionally linking the patrol), decline or cancel (with a reason) an escort request (If-Match required)")
    public ResponseEntity<EscortView> decide(@PathVariable String reference,
                                             @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                             @Valid @RequestBody EscortDecisionBody body) {
        return escort(service.decide(reference, ETags.requireVersion(ifMatch), body), HttpStatus.OK);
    }

    @PostMapping("/escort-requests/{reference}/outcome")
    @PreAuthorize("hasRole('POC_WRITE')")
    @Operation(summary = "Record that an approved escort was carried out, by which patrol and how it went (If-Match required)")
    public ResponseEntity<EscortView> outcome(@PathVariable String reference,
                                              @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                              @Valid @RequestBody EscortOutcomeBody body) {
        return escort(service.carriedOut(reference, ETags.requireVersion(ifMatch), body), HttpStatus.OK);
    }

    @PostMapping("/incidents")
    @PreAuthorize("hasAnyRole('POC_WRITE', 'HUMANITARIAN_ACCESS')")
    @Operation(summary = "Record an access incident (movement restriction, violence against aid workers or assets, interference, checkpoint, explosive hazard)")
    public ResponseEntity<AccessIncidentView> recordIncident(@Valid @RequestBody AccessIncidentBody body) {
        AccessIncident saved = service.recordIncident(body);
        return ResponseEntity.created(URI.create("/api/v1/humanitarian-access/incidents/" + saved.reference()))
                .eTag(ETags.of(saved.version())).body(AccessIncidentView.from(saved));
    }

    @GetMapping("/incidents")
    @Operation(summary = "Access incidents of the caller's field office (all for HQ), newest first")
    public PageOf<AccessIncidentView> incidents(@RequestParam(required = false) String month,
                                                @RequestParam(required = false) Boolean sofaViolation, ListParams list) {
        return PageOf.of(incidentQueries.find(month, sofaViolation,
                list.pageable(INCIDENT_SORTABLE, Sort.by(Sort.Direction.DESC, "occurredOn"))), AccessIncidentView::from);
    }

    @GetMapping("/incidents/{reference}")
    @Operation(summary = "One access incident (404 outside the caller's field office)")
    public ResponseEntity<AccessIncidentView> incident(@PathVariable String reference) {
        AccessIncident incident = service.visibleIncident(reference);
        return ResponseEntity.ok().eTag(ETags.of(incident.version())).body(AccessIncidentView.from(incident));
    }

    private static ResponseEntity<EscortView> escort(EscortRequest request, HttpStatus status) {
        return ResponseEntity.status(status)
                .location(URI.create("/api/v1/humanitarian-access/escort-requests/" + request.reference()))
                .eTag(ETags.of(request.version())).body(EscortView.from(request));
    }
}
