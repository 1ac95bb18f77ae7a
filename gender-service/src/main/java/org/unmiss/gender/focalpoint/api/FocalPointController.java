package org.unmiss.gender.focalpoint.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unmiss.gender.focalpoint.domain.FocalPoint;
import org.unmiss.gender.focalpoint.domain.FocalPointRequest;
import org.unmiss.gender.focalpoint.domain.FocalPointService;
import org.unmiss.gender.focalpoint.domain.FocalPointStore;
import org.unmiss.gender.focalpoint.domain.MissionComponent;
import org.unmiss.kit.web.ListParams;
import org.unmiss.kit.web.ETags;
import org.unmiss.kit.web.PageOf;

import java.net.URI;
import java.time.LocalDate;

/**
 * Gender focal points, under the activities' prefix (the gateway routes it to this service). The
 * person is checked against personnel-service with the caller's token; when personnel-service
 * cannot answer, the appointment is still recorded, flagged {@code personnelReferenceUnverified}.
 */
@RestController
@RequestMapping("/api/v1/gender-activities/focal-points")
@Tag(name = "Gender focal points", description = "Personnel appointed as gender focal points per component and field office")
@RequiredArgsConstructor
public class FocalPointController {

    private static final String READERS = "hasRole('GENDER_READ')";
    private static final String WRITERS = "hasRole('GENDER_WRITE')";

    private final FocalPointService service;

    @GetMapping
    @PreAuthorize(READERS)
    @Operation(summary = "Focal points, filtered and paged (a field-office-bound caller sees only their office's)")
    public PageOf<FocalPointResponse> list(@RequestParam(required = false) String fieldOffice,
                                           @RequestParam(required = false) MissionComponent component,
                                           @Parameter(description = "only appointments running on this day")
                                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate activeOn,
                                           @RequestParam(required = false) Boolean unverified,
                                           ListParams list) {
        var pageable = list.pageable(FocalPointStore.SORTABLE.keySet(), Sort.by("fieldOffice").and(Sort.by("id")));
        return PageOf.of(service.list(fieldOffice, component, activeOn, unverified, pageable), FocalPointResponse::from);
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    @Operation(summary = "One focal point appointment")
    public ResponseEntity<FocalPointResponse> get(@PathVariable String id) {
        return respond(service.visible(id));
    }

    @PostMapping
    @PreAuthorize(WRITERS)
    @Operation(summary = "Appoint a focal point; accepted with personnelReferenceUnverified=true when personnel-service cannot confirm the person")
    public ResponseEntity<FocalPointResponse> appoint(@Valid @RequestBody FocalPointRequest request) {
        FocalPoint saved = service.appoint(request);
        return ResponseEntity.created(URI.create("/api/v1/gender-activities/focal-points/" + saved.id()))
                .eTag(ETags.of(saved.version())).body(FocalPointResponse.from(saved));
    }

    @PutMapping("/{id}")
    @PreAuthorize(WRITERS)
    @Operation(summary = "Change the component, office, period or remarks of an appointment (If-Match required)")
    public ResponseEntity<FocalPointResponse> update(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                     @Valid @RequestBody FocalPointRequest request) {
        return respond(service.revise(id, ETags.requireVersion(ifMatch), request));
    }

    @PostMapping("/{id}/verification")
    @PreAuthorize(WRITERS)
    @Operation(summary = "Check the person against personnel-service again; a confirmation clears personnelReferenceUnverified")
    public ResponseEntity<FocalPointResponse> verify(@PathVariable String id) {
        return respond(service.verify(id));
    }

    private static ResponseEntity<FocalPointResponse> respond(FocalPoint f) {
        return ResponseEntity.ok().eTag(ETags.of(f.version())).body(FocalPointResponse.from(f));
    }
}
