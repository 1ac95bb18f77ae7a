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
import org.springframework.security.access.AccessDeniedException;
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
import org.unmiss.kit.security.FieldOffices;
import org.unmiss.kit.store.ReferenceNumbers;
import org.unmiss.gender.focalpoint.domain.FocalPoint;
import org.unmiss.gender.focalpoint.domain.MissionComponent;
import org.unmiss.gender.focalpoint.persistence.AppointmentLocks;
import org.unmiss.gender.focalpoint.persistence.FocalPointQueries;
import org.unmiss.gender.focalpoint.persistence.FocalPointRepository;
import org.unmiss.gender.personnel.domain.PersonnelPerson;
import org.unmiss.gender.personnel.persistence.PersonnelDirectory;
import org.unmiss.kit.feign.CheckedReference;
import org.unmiss.kit.problem.ConflictException;
import org.unmiss.kit.problem.FieldError;
import org.unmiss.kit.problem.FieldErrors;
import org.unmiss.kit.problem.InvalidRequestException;
import org.unmiss.kit.problem.NotFoundException;
import org.unmiss.kit.problem.StaleVersionException;
import org.unmiss.kit.security.CurrentUser;
import org.unmiss.kit.web.ListParams;
import org.unmiss.kit.web.ETags;
import org.unmiss.kit.web.PageOf;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

    private final FocalPointRepository repository;
    private final FocalPointQueries queries;
    private final ReferenceNumbers numbers;
    private final PersonnelDirectory personnel;
    private final AppointmentLocks locks;
    private final CurrentUser currentUser;
    private final Clock clock;

    @GetMapping
    @PreAuthorize(READERS)
    @Operation(summary = "Focal points, filtered and paged (a field-office-bound caller sees only their office's)")
    public PageOf<FocalPointResponse> list(@RequestParam(required = false) String fieldOffice,
                                           @RequestParam(required = false) MissionComponent component,
                                           @Parameter(description = "only appointments running on this day")
                                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate activeOn,
                                           @RequestParam(required = false) Boolean unverified,
                                           ListParams list) {
        var pageable = list.pageable(FocalPointQueries.SORTABLE.keySet(), Sort.by("fieldOffice").and(Sort.by("id")));
        return PageOf.of(queries.find(currentUser.fieldOffice(), fieldOffice, component, activeOn, unverified, pageable), FocalPointResponse::from);
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    @Operation(summary = "One focal point appointment")
    public ResponseEntity<FocalPointResponse> get(@PathVariable String id) {
        return respond(visible(id));
    }

    @PostMapping
    @PreAuthorize(WRITERS)
    @Operation(summary = "Appoint a focal point; accepted with personnelReferenceUnverified=true when personnel-service cannot confirm the person")
    public ResponseEntity<FocalPointResponse> appoint(@Valid @RequestBody FocalPointRequest request) {
        checkAppointment(request, null);
        CheckedReference<PersonnelPerson> check = personnel.check(request.indexNumber());
        if (check.isUnknown()) {
            throw new InvalidRequestException("indexNumber", "is not a person known to personnel-service (or not one you may see)");
        }
        boolean unverified = check.isUnverified();
        String by = currentUser.username().orElseThrow();
        FocalPoint saved = locks.forPerson(request.indexNumber(), () -> {
            checkAppointment(request, null); // again, alone: another appointment may have come meanwhile
            Instant now = Instant.now(clock);
            FocalPoint inserted = repository.insert(new FocalPoint(numbers.next("GFP"), request.indexNumber(), request.component(),
                    request.fieldOffice(), request.appointedFrom(), request.appointedTo(), request.remarks(), unverified, check.reason(),
                    unverified ? null : now, by, now, null));
            withdrawIfOverlapped(inserted);
            return inserted;
        });
        return ResponseEntity.created(URI.create("/api/v1/gender-activities/focal-points/" + saved.id()))
                .eTag(ETags.of(saved.version())).body(FocalPointResponse.from(saved));
    }

    @PutMapping("/{id}")
    @PreAuthorize(WRITERS)
    @Operation(summary = "Change the component, office, period or remarks of an appointment (If-Match required)")
    public ResponseEntity<FocalPointResponse> update(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                     @Valid @RequestBody FocalPointRequest request) {
        long version = ETags.requireVersion(ifMatch);
        FocalPoint current = visible(id);
        if (!current.indexNumber().equals(request.indexNumber())) {
            throw new InvalidRequestException("indexNumber", "cannot change; end this appointment and appoint the other person");
        }
        return respond(locks.forPerson(current.indexNumber(), () -> {
            FocalPoint latest = visible(id);
            checkAppointment(request, id);
            if (latest.version() == null || latest.version() != version) {
                // what the versioned write would say; checked here as the embedded store does not say it reliably
                throw new StaleVersionException("Focal point " + id + " changed (version " + latest.version() + ", not " + version
                        + "); read it again");
            }
            return repository.save(latest.revise(request.component(), request.fieldOffice(), request.appointedFrom(),
                    request.appointedTo(), request.remarks(), version));
        }));
    }

    @PostMapping("/{id}/verification")
    @PreAuthorize(WRITERS)
    @Operation(summary = "Check the person against personnel-service again; a confirmation clears personnelReferenceUnverified")
    public ResponseEntity<FocalPointResponse> verify(@PathVariable String id) {
        FocalPoint current = visible(id);
        CheckedReference<PersonnelPerson> check = personnel.check(current.indexNumber());
        if (check.isUnknown()) {
            return respond(repository.save(current.verified(true, "personnel-service does not know " + current.indexNumber(), Instant.now(clock))));
        }
        return respond(repository.save(current.verified(check.isUnverified(), check.reason(), Instant.now(clock))));
    }

    private void checkAppointment(FocalPointRequest request, String ownId) {
        currentUser.requireCovers(request.fieldOffice(), "Focal points");
        FieldErrors errors = new FieldErrors();
        if (FieldOffices.find(request.fieldOffice()).isEmpty()) {
            errors.add("fieldOffice", "must be one of " + FieldOffices.codes());
        }
        if (request.appointedTo() != null && request.appointedTo().isBefore(request.appointedFrom())) {
            errors.add("appointedTo", "must not be before appointedFrom " + request.appointedFrom());
        }
        errors.throwIfAny();
        repository.findByIndexNumber(request.indexNumber()).stream()
                .filter(other -> !other.id().equals(ownId) && other.overlaps(request.appointedFrom(), request.appointedTo()))
                .findFirst().ifPresent(other -> {
                    throw new ConflictException(request.indexNumber() + " is already focal point " + other.id() + " from "
                            + other.appointedFrom() + (other.appointedTo() == null ? "" : " to " + other.appointedTo())
                            + "; end that appointment first");
                });
    }

    /**
     * Across instances on MongoDB two appointments may pass the check at once; each looks again after
     * inserting, and one that sees another overlapping appointment withdraws itself. Of two racers the
     * later to look always sees the other, so at most one stays.
     */
    private void withdrawIfOverlapped(FocalPoint inserted) {
        repository.findByIndexNumber(inserted.indexNumber()).stream()
                .filter(other -> !other.id().equals(inserted.id()) && other.overlaps(inserted.appointedFrom(), inserted.appointedTo()))
                .findFirst().ifPresent(other -> {
                    repository.deleteById(inserted.id());
                    throw new ConflictException(inserted.indexNumber() + " was appointed focal point " + other.id()
                            + " at the same time; end that appointment first");
                });
    }

    private FocalPoint visible(String id) {
        return queries.visible(id, currentUser.fieldOffice()).orElseThrow(() -> new NotFoundException("Focal point", id));
    }

    private static ResponseEntity<FocalPointResponse> respond(FocalPoint f) {
        return ResponseEntity.ok().eTag(ETags.of(f.version())).body(FocalPointResponse.from(f));
    }
}
