package org.unmiss.poc.access.domain;

/** REQUESTED → APPROVED | DECLINED | CANCELLED; APPROVED → CANCELLED | CARRIED_OUT. Nothing follows the last three. */
public enum EscortStatus {
    REQUESTED,
    APPROVED,
    DECLINED,
    CANCELLED,
    CARRIED_OUT;

    public boolean canBecome(EscortStatus next) {
        return switch (this) {
            case REQUESTED -> next == APPROVED || next == DECLINED || next == CANCELLED;
            case APPROVED -> next == CANCELLED || next == CARRIED_OUT;
            default -> false;
        };
    }
}
