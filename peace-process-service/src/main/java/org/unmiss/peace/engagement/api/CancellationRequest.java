package org.unmiss.peace.engagement.api;

import jakarta.validation.constraints.Size;
import org.unmiss.peace.engagement.domain.CancellationReason;

/** Why a report is withdrawn: a reason from the list (required) and optionally a comment. */
public record CancellationRequest(CancellationReason reason, @Size(max = 2000) String comment) {
}
