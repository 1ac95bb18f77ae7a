package org.unmiss.gender.activity.domain;

import org.unmiss.kit.security.FieldOffices;

import org.unmiss.kit.problem.FieldError;
import org.unmiss.kit.problem.FieldErrors;
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
        FieldErrors errors = new FieldErrors();
        if (d.endDate() != null && d.endDate().isBefore(d.startDate())) {
            errors.add("endDate", "must not be before startDate " + d.startDate());
        }
        FieldOffices.find(d.fieldOffice()).ifPresentOrElse(office -> {
            if (!office.openOn(d.startDate())) {
                errors.add("fieldOffice", d.fieldOffice() + " closed on " + office.closedOn() + ", before startDate");
            }
        }, () -> errors.add("fieldOffice", "must be one of " + FieldOffices.codes()));
        Set<String> seenPillars = new HashSet<>();
        for (int i = 0; i < d.pillars().size(); i++) {
            String pillar = d.pillars().get(i);
            if (!pillarCodes.contains(pillar)) {
                errors.add("pillars[" + i + "]", "must be one of " + new java.util.TreeSet<>(pillarCodes));
            } else if (!seenPillars.add(pillar)) {
                errors.add("pillars[" + i + "]", pillar + " is listed more than once");
            }
        }
        if (d.participants() != null) {
            errors.addAll(d.participants().inconsistencies("participants"));
        }
        if (status == ActivityStatus.HELD) {
            errors.addAll(heldRules(d, today));
        }
        errors.throwIfAny("The activity breaks " + errors.size() + " rules");
    }

    /** What recording an activity as held needs: it has started, and its participants were counted. */
    static List<FieldError> heldRules(ActivityDetails d, LocalDate today) {
        FieldErrors errors = new FieldErrors();
        if (d.startDate().isAfter(today)) {
            errors.add("startDate", "is in the future; an activity can be recorded as held once it has started");
        }
        if (d.type().countsParticipants() && d.participants() == null) {
            errors.add("participants", "must be counted (by sex) for a " + d.type() + " recorded as held");
        }
        return errors.list();
    }
}
