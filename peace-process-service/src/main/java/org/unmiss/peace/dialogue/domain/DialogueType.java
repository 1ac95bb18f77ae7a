package org.unmiss.peace.dialogue.domain;

public enum DialogueType {
    INTERCOMMUNAL_DIALOGUE, PEACE_CONFERENCE, RECONCILIATION_CEREMONY, SPORTS_FOR_PEACE, CULTURAL_EVENT
}
