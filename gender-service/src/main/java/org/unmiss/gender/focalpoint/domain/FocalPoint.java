package org.unmiss.gender.focalpoint.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A gender focal point: a person of personnel-service (by index number; no personal data is
 * copied here) appointed for a component and a field office for a period.
 *
 * @param id                           reference number, {@code GFP-<six digits>}
 * @param appointedTo                  last day of the appointment; null while open-ended
 * @param personnelReferenceUnverified personnel-service could not confirm the index number when
 *                                     the appointment was recorded; a later check clears it
 * @param verificationNote             why it is unverified
 */
@Document("gender_focal_points")
public record FocalPoint(@Id String id, @Indexed String indexNumber, MissionComponent component, String fieldOffice,
                         LocalDate appointedFrom, LocalDate appointedTo, String remarks, boolean personnelReferenceUnverified,
                         String verificationNote, Instant verifiedAt, String appointedBy, Instant recordedAt, @Version Long version) {

    public boolean activeOn(LocalDate day) {
        return !appointedFrom.isAfter(day) && (appointedTo == null || !appointedTo.isBefore(day));
    }

    public boolean overlaps(LocalDate from, LocalDate to) {
        return (appointedTo == null || !appointedTo.isBefore(from)) && (to == null || !to.isBefore(appointedFrom));
    }

    public FocalPoint revise(MissionComponent newComponent, String newOffice, LocalDate from, LocalDate to, String newRemarks, long clientVersion) {
        return new FocalPoint(id, indexNumber, newComponent, newOffice, from, to, newRemarks, personnelReferenceUnverified, verificationNote,
                verifiedAt, appointedBy, recordedAt, clientVersion);
    }

    public FocalPoint verified(boolean unverified, String note, Instant at) {
        return new FocalPoint(id, indexNumber, component, fieldOffice, appointedFrom, appointedTo, remarks, unverified, note,
                unverified ? verifiedAt : at, appointedBy, recordedAt, version);
    }
}
