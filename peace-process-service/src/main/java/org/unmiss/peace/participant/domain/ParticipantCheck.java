package org.unmiss.peace.participant.domain;

/** What personnel-service said about a mission participant's index number. */
public enum ParticipantCheck {
    /** personnel-service knows the person. */
    FOUND,
    /** personnel-service answered that there is no such person. */
    NOT_FOUND,
    /** No usable answer (down, slow, breaker open, or the caller may not read personnel): to be checked later. */
    UNKNOWN
}
