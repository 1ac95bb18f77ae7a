package org.unmiss.humanrights.hrcase.domain;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.unmiss.kit.problem.FieldErrors;
import org.unmiss.kit.problem.InvalidRequestException;

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
    private final CaseFactory factory;

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
        requireChange(changes);
        Correction correction = correction(hrCase, HEADER, changes, request.reason(), now, by);
        hrCase.correctHeader(texts.seal(request.title(), ref, CaseTexts.TITLE), texts.seal(request.narrative(), ref, "narrative"),
                from, to, location, correction);
        return correction;
    }

    /** Corrects one act in place: its type and/or its alleged perpetrators. */
    public Correction correctViolation(HrCase hrCase, Violation act, CaseCommands.ViolationCorrection request, Instant now,
                                       String by) {
        Violation corrected = factory.correctedViolation(hrCase, act, request.type(), request.perpetrators(), now, by);
        List<Correction.FieldChange> changes = new ArrayList<>();
        readable(changes, "type", act.type(), request.type());
        if (request.perpetrators() != null) {
            readable(changes, "perpetrators.partyCode", partyCodes(act), partyCodes(corrected));
            if (request.perpetrators().stream().anyMatch(p -> p.description() != null)
                    || act.perpetrators().stream().anyMatch(p -> p.sealedDescription() != null)) {
                changes.add(Correction.FieldChange.sealed("perpetrators.description"));
            }
            readable(changes, "perpetrators.unit", act.perpetrators().stream().map(Perpetrator::unit).toList(),
                    corrected.perpetrators().stream().map(Perpetrator::unit).toList());
            if (request.perpetrators().stream().anyMatch(p -> p.individual() != null)
                    || act.perpetrators().stream().anyMatch(p -> p.individual() != null)) {
                changes.add(Correction.FieldChange.sealed("perpetrators.individual"));
            }
        }
        requireChange(changes);
        Correction correction = correction(hrCase, "violations/" + act.code(), changes, request.reason(), now, by);
        hrCase.correctViolation(corrected, correction);
        return correction;
    }

    private static List<String> partyCodes(Violation act) {
        return act.perpetrators().stream().map(Perpetrator::partyCode).toList();
    }

    /** Corrects one victim in place: recorded facts, identity parts. */
    public Correction correctVictim(HrCase hrCase, Violation act, Victim old, CaseCommands.VictimCorrection request, Instant now,
                                    String by) {
        Integer age = request.age() != null ? request.age() : old.age();
        // a new age decides the age group unless the correction gives both
        AgeGroup ageGroup = request.ageGroup() != null ? request.ageGroup() : request.age() != null ? null : old.ageGroup();
        CaseDraft.VictimDraft merged = new CaseDraft.VictimDraft(old.kind(), request.count() != null ? request.count() : old.count(),
                request.sex() != null ? request.sex() : old.sex(), age, ageGroup,
                request.civilianStatus() != null ? request.civilianStatus() : old.civilianStatus(), request.identity(), null);
        Victim corrected = factory.correctedVictim(hrCase, act, old, merged, now, by);
        List<Correction.FieldChange> changes = new ArrayList<>();
        readable(changes, "count", old.count(), corrected.count());
        readable(changes, "sex", old.sex(), corrected.sex());
        readable(changes, "age", old.age(), corrected.age());
        readable(changes, "ageGroup", old.ageGroup(), corrected.ageGroup());
        readable(changes, "civilianStatus", old.civilianStatus(), corrected.civilianStatus());
        sealedParts(changes, request.identity(), true);
        requireChange(changes);
        Correction correction = correction(hrCase, "victims/" + old.code(), changes, request.reason(), now, by);
        hrCase.correctVictim(act.code(), corrected, correction);
        return correction;
    }

    /** Corrects one source in place. */
    public Correction correctSource(HrCase hrCase, Source old, CaseCommands.SourceCorrection request, Instant now, String by) {
        Source corrected = factory.correctedSource(hrCase, old, request.connection(), request.reliability(), request.identity());
        List<Correction.FieldChange> changes = new ArrayList<>();
        readable(changes, "connection", old.connection(), corrected.connection());
        readable(changes, "reliability", old.reliability(), corrected.reliability());
        sealedParts(changes, request.identity(), false);
        requireChange(changes);
        Correction correction = correction(hrCase, "sources/" + old.code(), changes, request.reason(), now, by);
        hrCase.correctSource(corrected, correction);
        return correction;
    }

    private static void sealedParts(List<Correction.FieldChange> changes, CaseDraft.IdentityDraft identity, boolean victim) {
        if (identity == null) {
            return;
        }
        if (identity.name() != null) {
            changes.add(Correction.FieldChange.sealed("identity.name"));
        }
        if (identity.contact() != null) {
            changes.add(Correction.FieldChange.sealed("identity.contact"));
        }
        if (victim && identity.exactLocation() != null) {
            changes.add(Correction.FieldChange.sealed("identity.exactLocation"));
        }
    }

    private static void requireChange(List<Correction.FieldChange> changes) {
        if (changes.isEmpty()) {
            throw new InvalidRequestException("correction", "changes nothing: give at least one field that differs from the record");
        }
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
