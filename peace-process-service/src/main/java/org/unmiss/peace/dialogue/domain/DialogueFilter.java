package org.unmiss.peace.dialogue.domain;

import org.unmiss.peace.location.domain.SouthSudanState;

import java.time.LocalDate;

public record DialogueFilter(DialogueType type, DialogueStatus status, String fieldOffice, SouthSudanState state,
                             LocalDate from, LocalDate to) {
}
