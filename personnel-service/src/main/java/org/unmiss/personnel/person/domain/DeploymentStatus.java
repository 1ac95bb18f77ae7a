package org.unmiss.personnel.person.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * A deployment's workflow: REQUESTED → APPROVED → ACTIVE → COMPLETED, or DECLINED (from REQUESTED)
 * or CANCELLED (before it is active). COMPLETED, DECLINED and CANCELLED are final.
 */
public enum DeploymentStatus {
    REQUESTED, APPROVED, ACTIVE, COMPLETED, DECLINED, CANCELLED;

    public Set<DeploymentStatus> next() {
        return switch (this) {
            case REQUESTED -> EnumSet.of(APPROVED, DECLINED, CANCELLED);
            case APPROVED -> EnumSet.of(ACTIVE, CANCELLED);
            case ACTIVE -> EnumSet.of(COMPLETED);
            case COMPLETED, DECLINED, CANCELLED -> EnumSet.noneOf(DeploymentStatus.class);
        };
    }

    public boolean canMoveTo(DeploymentStatus target) {
        return next().contains(target);
    }

    /** Statuses whose periods hold the person: no two of them may overlap. */
    public boolean holdsThePerson() {
        return this == APPROVED || this == ACTIVE || this == COMPLETED;
    }
}
