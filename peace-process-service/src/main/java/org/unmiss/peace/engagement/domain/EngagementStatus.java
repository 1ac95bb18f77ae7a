package org.unmiss.peace.engagement.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The report's workflow: DRAFT, PENDING_APPROVAL, APPROVED, PUBLISHED; a rejected report goes back to
 * its author, who revises and resubmits it; any report not yet published can be cancelled.
 */
public enum EngagementStatus {
    DRAFT, PENDING_APPROVAL, APPROVED, PUBLISHED, REJECTED, CANCELLED;

    public Set<EngagementStatus> next() {
        return switch (this) {
            case DRAFT, REJECTED -> EnumSet.of(PENDING_APPROVAL, CANCELLED);
            case PENDING_APPROVAL -> EnumSet.of(APPROVED, REJECTED, CANCELLED);
            case APPROVED -> EnumSet.of(PUBLISHED, CANCELLED);
            case PUBLISHED, CANCELLED -> EnumSet.noneOf(EngagementStatus.class);
        };
    }

    public boolean canMoveTo(EngagementStatus target) {
        return next().contains(target);
    }

    /** The author may still change the report's content. */
    public boolean isEditable() {
        return this == DRAFT || this == REJECTED;
    }
}
