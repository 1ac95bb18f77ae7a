package org.unmiss.peace.agreement.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Sort;
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
import org.unmiss.kit.security.CurrentUser;
import org.unmiss.kit.web.ListParams;
import org.unmiss.kit.web.ETags;
import org.unmiss.kit.web.PageOf;
import org.unmiss.peace.agreement.domain.Benchmark;
import org.unmiss.peace.agreement.domain.ImplementationStatus;
import org.unmiss.peace.agreement.domain.Provision;
import org.unmiss.peace.agreement.domain.ProvisionService;

import java.util.Set;

/** The agreement's provisions and their implementation status over time. */
@RestController
@RequestMapping("/api/v1/agreement-chapters/provisions")
@Tag(name = "Agreement provisions", description = "R-ARCSS provisions, their implementation status history and benchmarks")
@RequiredArgsConstructor
public class ProvisionController {

    static final String READERS = "hasAnyRole('PEACE_READ', 'REPORTING', 'PARTNER', 'MISSION_ADMIN')";
    private static final Set<String> SORTABLE = Set.of("code", "chapter", "currentStatus", "deadline");

    private final ProvisionService service;
    private final CurrentUser user;

    @GetMapping
    @PreAuthorize(READERS)
    @Operation(summary = "Provisions, by code; filter by chapter, current status or responsible body")
    public PageOf<ProvisionResponse> list(@RequestParam(required = false) String chapter,
                                          @RequestParam(required = false) ImplementationStatus status,
                                          @RequestParam(required = false) String responsibleBody,
                                          ListParams list) {
        return PageOf.of(service.list(chapter, status, responsibleBody,
                list.pageable(SORTABLE, Sort.by("chapter", "code"))), this::response);
    }

    @GetMapping("/{code}")
    @PreAuthorize(READERS)
    @Operation(summary = "One provision with its status history, and its version as ETag")
    public ResponseEntity<ProvisionResponse> get(@PathVariable String code) {
        return ok(service.get(code));
    }

    @PostMapping
    @PreAuthorize("hasRole('PEACE_WRITE')")
    @Operation(summary = "Start tracking a provision")
    public ResponseEntity<ProvisionResponse> create(@Valid @RequestBody ProvisionRequest request) {
        Benchmark benchmark = request.benchmark() == null ? null : new Benchmark(request.benchmark().description(),
                request.benchmark().unit(), request.benchmark().target());
        Provision created = service.create(request.code(), request.chapter(), request.title(), request.deadline(),
                request.responsibleBody(), benchmark, request.status(), request.effectiveDate(), request.evidence(),
                request.measuredValue());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{code}").build(created.code()))
                .eTag(ETags.of(created.version())).body(response(created));
    }

    @PostMapping("/{code}/status-changes")
    @PreAuthorize("hasRole('PEACE_WRITE')")
    @Operation(summary = "Record the provision's status from a day on, with evidence (and the measured value for a benchmark)")
    public ResponseEntity<ProvisionResponse> recordStatus(@PathVariable String code,
                                                          @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                          @Valid @RequestBody StatusChangeRequest request) {
        return ok(service.recordStatus(code, ETags.requireVersion(ifMatch), request.status(), request.effectiveDate(),
                request.evidence(), request.measuredValue()));
    }

    private ResponseEntity<ProvisionResponse> ok(Provision provision) {
        return ResponseEntity.ok().eTag(ETags.of(provision.version())).body(response(provision));
    }

    private ProvisionResponse response(Provision provision) {
        return ProvisionResponse.from(provision, user.hasRole("PEACE_READ"));
    }
}
