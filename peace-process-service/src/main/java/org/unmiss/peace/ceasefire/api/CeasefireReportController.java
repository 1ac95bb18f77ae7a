package org.unmiss.peace.ceasefire.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.unmiss.kit.web.ListParams;
import org.unmiss.kit.web.ETags;
import org.unmiss.kit.web.PageOf;
import org.unmiss.peace.ceasefire.domain.AllegationSource;
import org.unmiss.peace.ceasefire.domain.CeasefireReport;
import org.unmiss.peace.ceasefire.domain.CeasefireService;
import org.unmiss.peace.ceasefire.domain.CeasefireStage;
import org.unmiss.peace.ceasefire.domain.ViolationReportFilter;
import org.unmiss.peace.ceasefire.domain.ViolationType;
import org.unmiss.peace.location.domain.SouthSudanState;

import java.time.LocalDate;
import java.util.Set;

/** Ceasefire violation reports supporting CTSAMVM, from allegation to the Board. */
@RestController
@RequestMapping("/api/v1/ceasefire/violation-reports")
@Tag(name = "Ceasefire violation reports", description = "Allegations followed through the CTSAMVM process")
@RequiredArgsConstructor
public class CeasefireReportController {

    private static final Set<String> SORTABLE = Set.of("id", "incidentDate", "reportedDate", "stage", "type");
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("reportedDate"), Sort.Order.desc("id"));

    private final CeasefireService service;

    @GetMapping
    @PreAuthorize("hasRole('PEACE_READ')")
    @Operation(summary = "Ceasefire reports, newest first; field-office users see their office's")
    public PageOf<CeasefireReportResponse> list(@RequestParam(required = false) CeasefireStage stage,
                                                @RequestParam(required = false) ViolationType type,
                                                @RequestParam(required = false) String party,
                                                @RequestParam(required = false) AllegationSource source,
                                                @RequestParam(required = false) String fieldOffice,
                                                @RequestParam(required = false) SouthSudanState state,
                                                @RequestParam(required = false) Boolean open,
                                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                ListParams list) {
        ViolationReportFilter filter = new ViolationReportFilter(stage, type, party, source, fieldOffice, state, open, from, to);
        return PageOf.of(service.list(filter, list.pageable(SORTABLE, NEWEST_FIRST)), CeasefireReportResponse::from);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('PEACE_READ')")
    @Operation(summary = "One ceasefire report with its stages and access denials; version as ETag")
    public ResponseEntity<CeasefireReportResponse> get(@PathVariable String id) {
        return ok(service.get(id));
    }

    @PostMapping
    @PreAuthorize("hasRole('PEACE_WRITE')")
    @Operation(summary = "Record an allegation (stage ALLEGATION)")
    public ResponseEntity<CeasefireReportResponse> create(@Valid @RequestBody CeasefireReportRequest request) {
        CeasefireReport created = service.create(request.source(), request.reportedBy(), request.type(),
                request.allegedParties(), request.state(), request.county(), request.place(), request.fieldOffice(),
                request.incidentDate(), request.reportedDate(), request.description());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(created.id()))
                .eTag(ETags.of(created.version())).body(CeasefireReportResponse.from(created));
    }

    @PostMapping("/{id}/stage")
    @PreAuthorize("hasRole('PEACE_WRITE')")
    @Operation(summary = "Move the report to its next stage (skipping or going back is 409)")
    public ResponseEntity<CeasefireReportResponse> advance(@PathVariable String id,
                                                           @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                           @Valid @RequestBody StageRequest request) {
        return ok(service.advance(id, ETags.requireVersion(ifMatch), request.stage(), request.date(), request.note()));
    }

    @PostMapping("/{id}/access-denials")
    @PreAuthorize("hasRole('PEACE_WRITE')")
    @Operation(summary = "Record that a monitoring team was denied access (during an investigation stage)")
    public ResponseEntity<CeasefireReportResponse> accessDenied(@PathVariable String id,
                                                                @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                                @Valid @RequestBody AccessDenialRequest request) {
        return ok(service.recordAccessDenial(id, ETags.requireVersion(ifMatch), request.date(), request.place(),
                request.deniedBy(), request.note()));
    }

    @PostMapping("/{id}/closure")
    @PreAuthorize("hasRole('PEACE_WRITE')")
    @Operation(summary = "Close the allegation without a violation report (e.g. ACCESS_DENIED, NOT_SUBSTANTIATED)")
    public ResponseEntity<CeasefireReportResponse> close(@PathVariable String id,
                                                         @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                         @Valid @RequestBody ClosureRequest request) {
        return ok(service.close(id, ETags.requireVersion(ifMatch), request.outcome(), request.date(), request.note()));
    }

    private static ResponseEntity<CeasefireReportResponse> ok(CeasefireReport report) {
        return ResponseEntity.ok().eTag(ETags.of(report.version())).body(CeasefireReportResponse.from(report));
    }
}
