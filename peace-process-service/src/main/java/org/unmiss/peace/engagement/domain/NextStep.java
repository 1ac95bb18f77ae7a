package org.unmiss.peace.engagement.domain;

import java.time.LocalDate;

public record NextStep(String action, String owner, LocalDate dueDate, boolean completed) {

    public boolean overdueOn(LocalDate day) {
        return !completed && dueDate != null && dueDate.isBefore(day);
    }
}
