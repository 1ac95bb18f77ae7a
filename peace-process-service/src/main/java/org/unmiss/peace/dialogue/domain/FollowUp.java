package org.unmiss.peace.dialogue.domain;

import java.time.LocalDate;

public record FollowUp(String action, String owner, LocalDate dueDate, boolean completed) {
}
