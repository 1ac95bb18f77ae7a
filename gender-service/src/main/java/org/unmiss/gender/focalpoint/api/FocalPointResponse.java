package org.unmiss.gender.focalpoint.api;

import org.unmiss.gender.focalpoint.domain.FocalPoint;
import org.unmiss.gender.focalpoint.domain.MissionComponent;

import java.time.Instant;
import java.time.LocalDate;

/**
 * @param personnelReferenceUnverified true when personnel-service could not confirm the index
 *                                     number; {@code verificationNote} says why, and
 *                                     {@code POST .../{id}/verification} checks again
 */
public record FocalPointResponse(String id, String indexNumber, MissionComponent component, String fieldOffice, LocalDate appointedFrom,
                                 LocalDate appointedTo, String remarks, boolean personnelReferenceUnverified, String verificationNote,
                                 Instant verifiedAt, String appointedBy, Instant recordedAt, long version) {

    static FocalPointResponse from(FocalPoint f) {
        return new FocalPointResponse(f.id(), f.indexNumber(), f.component(), f.fieldOffice(), f.appointedFrom(), f.appointedTo(), f.remarks(),
                f.personnelReferenceUnverified(), f.verificationNote(), f.verifiedAt(), f.appointedBy(), f.recordedAt(), f.version());
    }
}
