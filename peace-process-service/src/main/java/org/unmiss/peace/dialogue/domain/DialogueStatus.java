package org.unmiss.peace.dialogue.domain;

public enum DialogueStatus {
    PLANNED, HELD, CANCELLED
}
