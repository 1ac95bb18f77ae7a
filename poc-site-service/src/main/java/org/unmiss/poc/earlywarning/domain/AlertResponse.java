package org.unmiss.poc.earlywarning.domain;

import java.time.Instant;

/**
 * The response decided on an alert, with who decided and when.
 *
 * @param patrolReference     the patrol sent, for a PATROL response
 * @param externalReference   the engagement or dialogue reference in peace-process-service, or the partner's reference
 */
public record AlertResponse(ResponseType type, Instant decidedAt, String decidedBy, String patrolReference,
                            String externalReference, String note) {
}
