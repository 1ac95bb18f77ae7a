package org.unmiss.gender.focalpoint.domain;

import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.unmiss.kit.feign.CheckedReference;
import org.unmiss.kit.personnel.PersonnelPerson;
import org.unmiss.kit.personnel.PersonnelReferences;
import org.unmiss.kit.problem.ConflictException;
import org.unmiss.kit.problem.FieldErrors;
import org.unmiss.kit.problem.InvalidRequestException;
import org.unmiss.kit.problem.NotFoundException;
import org.unmiss.kit.problem.StaleVersionException;
import org.unmiss.kit.security.CurrentUser;
import org.unmiss.kit.store.KeyedLocks;
import org.unmiss.kit.store.ReferenceNumbers;
import org.unmiss.kit.security.FieldOffices;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Appointing gender focal points: one running appointment per person at a time, the person confirmed by
 * personnel-service (or accepted unverified for the kit's re-check when it cannot answer).
 */
@Service
@RequiredArgsConstructor
public class FocalPointService {

    private final FocalPointStore focalPoints;
    private final ReferenceNumbers numbers;
    private final PersonnelReferences personnel;
    private final CurrentUser currentUser;
    private final Clock clock;
    /**
     * One check-and-write of a person's appointments at a time in this process: "no two overlapping
     * appointments of one person" spans documents, and the embedded store applies no multi-document rule
     * atomically (ADR 0018). Across instances on MongoDB an appointment also checks again after inserting
     * ({@link #withdrawIfOverlapped}).
     */
    private final KeyedLocks locks = new KeyedLocks(256);

    public Page<FocalPoint> list(String fieldOffice, MissionComponent component, LocalDate activeOn, Boolean unverified,
                                 Pageable pageable) {
        return focalPoints.find(currentUser.fieldOffice(), fieldOffice, component, activeOn, unverified, pageable);
    }

    /** One appointment; 404 when it does not exist or lies outside the caller's field office. */
    public FocalPoint visible(String id) {
        return focalPoints.visible(id, currentUser.fieldOffice()).orElseThrow(() -> new NotFoundException("Focal point", id));
    }

    public FocalPoint appoint(FocalPointRequest request) {
        checkAppointment(request, null);
        CheckedReference<PersonnelPerson> check = personnel.check(request.indexNumber());
        if (check.isUnknown()) {
            throw new InvalidRequestException("indexNumber", "is not a person known to personnel-service (or not one you may see)");
        }
        boolean unverified = check.isUnverified();
        String by = currentUser.username().orElseThrow();
        return locks.withLock(request.indexNumber(), () -> {
            checkAppointment(request, null); // again, alone: another appointment may have come meanwhile
            Instant now = Instant.now(clock);
            FocalPoint inserted = focalPoints.insert(new FocalPoint(numbers.next("GFP"), request.indexNumber(), request.component(),
                    request.fieldOffice(), request.appointedFrom(), request.appointedTo(), request.remarks(), unverified, check.reason(),
                    unverified ? null : now, by, now, null));
            withdrawIfOverlapped(inserted);
            return inserted;
        });
    }

    /** A new component, office, period or remarks, at the version the client last read; the person never changes. */
    public FocalPoint revise(String id, long version, FocalPointRequest request) {
        FocalPoint current = visible(id);
        if (!current.indexNumber().equals(request.indexNumber())) {
            throw new InvalidRequestException("indexNumber", "cannot change; end this appointment and appoint the other person");
        }
        return locks.withLock(current.indexNumber(), () -> {
            FocalPoint latest = visible(id);
            checkAppointment(request, id);
            if (latest.version() == null || latest.version() != version) {
                // what the versioned write would say; checked here as the embedded store does not say it reliably
                throw new StaleVersionException("Focal point " + id + " changed (version " + latest.version() + ", not " + version
                        + "); read it again");
            }
            return focalPoints.save(latest.revise(request.component(), request.fieldOffice(), request.appointedFrom(),
                    request.appointedTo(), request.remarks(), version));
        });
    }

    /** The person checked again now; a confirmation clears the unverified mark. */
    public FocalPoint verify(String id) {
        FocalPoint current = visible(id);
        CheckedReference<PersonnelPerson> check = personnel.check(current.indexNumber());
        if (check.isUnknown()) {
            return focalPoints.save(current.verified(true, "personnel-service does not know " + current.indexNumber(), Instant.now(clock)));
        }
        return focalPoints.save(current.verified(check.isUnverified(), check.reason(), Instant.now(clock)));
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
        focalPoints.ofPerson(request.indexNumber()).stream()
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
        focalPoints.ofPerson(inserted.indexNumber()).stream()
                .filter(other -> !other.id().equals(inserted.id()) && other.overlaps(inserted.appointedFrom(), inserted.appointedTo()))
                .findFirst().ifPresent(other -> {
                    focalPoints.delete(inserted.id());
                    throw new ConflictException(inserted.indexNumber() + " was appointed focal point " + other.id()
                            + " at the same time; end that appointment first");
                });
    }
}
