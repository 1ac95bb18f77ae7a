package org.unmiss.humanrights.hrcase.domain;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.unmiss.kit.problem.FieldErrors;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns a correction request into the corrected parts and the record of what changed. A sealed field
 * given in the request is recorded as changed by name only (its old value is never opened to compare),
 * a readable one only when its value differs, with before and after.
 */
@Component
@RequiredArgsConstructor
public class CaseCorrections {

    static final String HEADER = "case";

    private final CaseTexts texts;

    /** Corrects the case header in place; 400 naming each broken field, nothing changed. */
    public Correction correctHeader(HrCase hrCase, CaseCommands.HeaderCorrection request, Instant now, String by) {
        String ref = hrCase.reference();
        FieldErrors errors = new FieldErrors();
        errors.when(request.title() != null && request.title().isBlank(), "title", "must not be blank when given");
        CaseCommands.LocationCorrection place = request.location();
        errors.when(place != null && (place.latitude() == null) != (place.longitude() == null),
                place != null && place.latitude() == null ? "location.latitude" : "location.longitude",
                "is corrected together with the other coordinate");
        IncidentDate from = request.occurredFrom() == null ? null
                : IncidentDate.of(request.occurredFrom().date(), request.occurredFrom().precision());
        IncidentDate to = request.occurredTo() == null ? null
                : IncidentDate.of(request.occurredTo().date(), request.occurredTo().precision());
        CaseFactory.checkDates(from == null ? hrCase.occurredFrom() : from, to == null ? hrCase.occurredTo() : to,
                LocalDate.ofInstant(now, ZoneOffset.UTC), errors);
        errors.throwIfAnyWith("The correction breaks " + errors.size() + " rules");

        List<Correction.FieldChange> changes = new ArrayList<>();
        if (request.title() != null) {
            changes.add(Correction.FieldChange.sealed("title"));
        }
        if (request.narrative() != null) {
            changes.add(Correction.FieldChange.sealed("narrative"));
        }
        readable(changes, "occurredFrom", hrCase.occurredFrom(), from);
        readable(changes, "occurredTo", hrCase.occurredTo(), to);
        Location location = corrected(hrCase, place, changes);
        errors.when(changes.isEmpty(), "correction", "changes nothing: give at least one field that differs from the case");
        errors.throwIfAnyWith("The correction changes nothing");
        Correction correction = correction(hrCase, HEADER, changes, request.reason(), now, by);
        hrCase.correctHeader(texts.seal(request.title(), ref, CaseTexts.TITLE), texts.seal(request.narrative(), ref, "narrative"),
                from, to, location, correction);
        return correction;
    }

    private Location corrected(HrCase hrCase, CaseCommands.LocationCorrection place, List<Correction.FieldChange> changes) {
        if (place == null) {
            return null;
        }
        String ref = hrCase.reference();
        Location old = hrCase.location();
        int before = changes.size();
        readable(changes, "location.state", old.state(), place.state());
        readable(changes, "location.county", old.county(), place.county());
        if (place.place() != null) {
            changes.add(Correction.FieldChange.sealed("location.place"));
        }
        if (place.latitude() != null) {
            // the exact point is sealed; the coarse point the case shows everyone follows it
            changes.add(Correction.FieldChange.sealed("location.point"));
        }
        if (changes.size() == before) {
            return null;
        }
        return new Location(place.state() == null ? old.state() : place.state(),
                place.county() == null ? old.county() : place.county(),
                place.place() == null ? old.sealedPlace() : texts.seal(place.place(), ref, CaseTexts.PLACE),
                place.latitude() == null ? old.approxLatitude() : Location.coarse(place.latitude()),
                place.longitude() == null ? old.approxLongitude() : Location.coarse(place.longitude()),
                place.latitude() == null ? old.sealedPoint()
                        : texts.seal(Location.point(place.latitude(), place.longitude()), ref, CaseTexts.POINT));
    }

    /** A correction of {@code part} with its reason sealed under its place in the case's list. */
    Correction correction(HrCase hrCase, String part, List<Correction.FieldChange> changes, String reason, Instant now, String by) {
        return new Correction(now, by, part, List.copyOf(changes), texts.seal(reason, hrCase.reference(),
                CaseTexts.correctionReason(hrCase.corrections().size())));
    }

    /** Records a readable field when the request gives a value that differs from the case's. */
    static void readable(List<Correction.FieldChange> changes, String field, Object before, Object after) {
        if (after != null && !Objects.equals(before, after)) {
            changes.add(Correction.FieldChange.readable(field, describe(before), describe(after)));
        }
    }

    private static String describe(Object value) {
        if (value instanceof IncidentDate date) {
            return date.date() + " " + date.precision();
        }
        return value == null ? null : value.toString();
    }
}
