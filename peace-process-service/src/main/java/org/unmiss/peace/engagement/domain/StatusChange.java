package org.unmiss.peace.engagement.domain;

import java.time.Instant;

/** One step of an engagement report's workflow: who moved it, when, and why (comment or reason). */
public record StatusChange(EngagementStatus from, EngagementStatus to, String by, Instant at, String comment) {
}
