package org.unmiss.gender.activity.domain;

import java.time.LocalDate;

/**
 * A decision of a forum, dialogue or task-force meeting someone must follow up. Kept inside its
 * meeting's document, so a meeting and its action points change together atomically.
 *
 * @param closedOn the day it became DONE or DROPPED
 */
public record ActionPoint(String id, String description, String owner, LocalDate dueDate, ActionPointStatus status,
                          String followUp, LocalDate closedOn) {

    public boolean overdueOn(LocalDate day) {
        return !status.isFinal() && dueDate.isBefore(day);
    }
}
