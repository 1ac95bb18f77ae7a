package org.unmiss.poc.earlywarning.domain;

import java.time.Instant;

/** One step up: to which level, when, by whom and why. */
public record Escalation(EscalationLevel to, Instant at, String by, String reason) {
}
