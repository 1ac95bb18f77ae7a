package org.unmiss.gender.activity.domain;

/** OPEN and IN_PROGRESS are live (and can be overdue); DONE and DROPPED are final. */
public enum ActionPointStatus {
    OPEN,
    IN_PROGRESS,
    DONE,
    DROPPED;

    public boolean isFinal() {
        return this == DONE || this == DROPPED;
    }
}
