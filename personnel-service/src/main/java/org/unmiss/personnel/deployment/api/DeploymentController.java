package org.unmiss.personnel.deployment.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unmiss.kit.security.CurrentUser;
import org.unmiss.kit.web.ListParams;
import org.unmiss.kit.web.ETags;
import org.unmiss.kit.web.PageOf;
import org.unmiss.personnel.deployment.domain.DeploymentService;
import org.unmiss.personnel.deployment.persistence.DeploymentQueries;
import org.unmiss.personnel.person.domain.DeploymentStatus;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Deployments and their workflow. A deployment lives in its person's record, and its ETag is that
 * record's version. An office-bound caller sees and changes only deployments to their office.
 */
@RestController
@Tag(name = "Deployments", description = "A person posted to a field office for a period: REQUESTED → APPROVED → ACTIVE → COMPLETED, or DECLINED / CANCELLED")
@PreAuthorize("hasAnyRole('PERSONNEL_READ', 'PERSONNEL_WRITE')")
@RequiredArgsConstructor
public class DeploymentController {

    private static final Set<String> SORTABLE = Set.of("startDate", "endDate", "fieldOffice", "status");

    private final DeploymentService deployments;
    private final DeploymentQueries queries;
    private final CurrentUser user;

    @GetMapping("/api/v1/deployments")
    @Operation(summary = "List deployments", description = "e.g. status=REQUESTED for those awaiting a decision")
    public PageOf<DeploymentResponse> list(@RequestParam(required = false) DeploymentStatus status,
                                           @RequestParam(required = false) String fieldOffice,
                                           @Parameter(description = "Only those ending on or before this date (YYYY-MM-DD)")
                                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endingBy,
                                           ListParams list) {
        return PageOf.of(queries.find(status, fieldOffice, endingBy, user.fieldOffice(),
                list.pageable(SORTABLE, Sort.by("startDate"))), DeploymentResponse::from);
    }

    @GetMapping("/api/v1/deployments/{id}")
    @Operation(summary = "One deployment, with its person's record version as ETag")
    public ResponseEntity<DeploymentResponse> get(@PathVariable String id) {
        return respond(HttpStatus.OK, deployments.visible(id));
    }

    @GetMapping("/api/v1/personnel/{indexNumber}/deployments")
    @Operation(summary = "A person's deployment history", description = "With on=YYYY-MM-DD: where the person was posted on that day (empty if nowhere).")
    public List<DeploymentResponse> history(@PathVariable String indexNumber,
                                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return deployments.history(indexNumber, on).stream()
                .map(found -> DeploymentResponse.from(found.person().indexNumber(), found.deployment())).toList();
    }

    @PostMapping("/api/v1/deployments")
    @PreAuthorize("hasRole('PERSONNEL_WRITE')")
    @Operation(summary = "Request a deployment", description = "409 if it overlaps a deployment the person already holds.")
    public ResponseEntity<DeploymentResponse> request(@Valid @RequestBody DeploymentRequest request) {
        DeploymentService.Found created = deployments.request(new DeploymentService.Request(request.indexNumber(),
                request.fieldOffice(), request.unitCode(), request.position(), request.startDate(), request.endDate()));
        return ResponseEntity.created(URI.create("/api/v1/deployments/" + created.deployment().id()))
                .eTag(ETags.of(created.person().version()))
                .body(DeploymentResponse.from(created.person().indexNumber(), created.deployment()));
    }

    @PostMapping("/api/v1/deployments/{id}/status")
    @PreAuthorize("hasRole('PERSONNEL_WRITE')")
    @Operation(summary = "Move a deployment along its workflow; If-Match required",
            description = "Illegal transitions, a second active deployment or overlapping periods are 409.")
    public ResponseEntity<DeploymentResponse> changeStatus(@PathVariable String id,
                                                           @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                           @Valid @RequestBody StatusChangeRequest request) {
        long version = ETags.requireVersion(ifMatch);
        return respond(HttpStatus.OK, deployments.changeStatus(id, version, request.status(), request.endDate(), request.reason()));
    }

    private static ResponseEntity<DeploymentResponse> respond(HttpStatus status, DeploymentService.Found found) {
        return ResponseEntity.status(status).eTag(ETags.of(found.person().version()))
                .body(DeploymentResponse.from(found.person().indexNumber(), found.deployment()));
    }
}
