package org.unmiss.gender.activity.domain;

import org.unmiss.kit.security.FieldOffices;

import org.unmiss.kit.problem.FieldError;
import org.unmiss.kit.problem.InvalidRequestException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The rules an activity's details must keep, checked together so one answer names every bad field. */
public final class ActivityRules {

    private ActivityRules() {
    }

    public static void check(ActivityDetails d, ActivityStatus status, Set<String> pillarCodes, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (d.endDate() != null && d.endDate().isBefore(d.startDate())) {
            errors.add(new FieldError("endDate", "must not be before startDate " + d.startDate()));
        }
        FieldOffices.find(d.fieldOffice()).ifPresentOrElse(office -> {
            if (!office.openOn(d.startDate())) {
                errors.add(new FieldError("fieldOffice", d.fieldOffice() + " closed on " + office.closedOn() + ", before startDate"));
            }
        }, () -> errors.add(new FieldError("fieldOffice", "must be one of " + FieldOffices.codes())));
        Set<String> seenPillars = new HashSet<>();
        for (int i = 0; i < d.pillars().size(); i++) {
            String pillar = d.pillars().get(i);
            if (!pillarCodes.contains(pillar)) {
                errors.add(new FieldError("pillars[" + i + "]", "must be one of " + new java.util.TreeSet<>(pillarCodes)));
            } else if (!seenPillars.add(pillar)) {
                errors.add(new FieldError("pillars[" + i + "]", pillar + " is listed more than once"));
            }
        }
        if (d.participants() != null) {
            errors.addAll(d.participants().inconsistencies("participants"));
        }
        if (status == ActivityStatus.HELD) {
            errors.addAll(heldRules(d, today));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).reason()
                    : "The activity breaks " + errors.size() + " rules", errors);
        }
    }

    /** What recording an activity as held needs: it has started, and its participants were counted. */
    static List<FieldError> heldRules(ActivityDetails d, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (d.startDate().isAfter(today)) {
            errors.add(new FieldError("startDate", "is in the future; an activity can be recorded as held once it has started"));
        }
        if (d.type().countsParticipants() && d.participants() == null) {
            errors.add(new FieldError("participants", "must be counted (by sex) for a " + d.type() + " recorded as held"));
        }
        return errors;
    }
}
