package org.unmiss.humanrights.hrcase.domain;

import java.time.Instant;

/**
 * Where a case came from when another service referred it (e.g. an SGBV incident at a PoC site),
 * with the incident's time and category as referred, so a repeated intake can be told apart from a
 * different one under the same key.
 */
public record CaseOrigin(String sourceService, String sourceReference, Instant occurredAt, String category) {
}
