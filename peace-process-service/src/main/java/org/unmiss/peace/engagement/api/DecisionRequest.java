package org.unmiss.peace.engagement.api;

import jakarta.validation.constraints.Size;

/** An approver's comment; required when rejecting (the author needs to know what to change). */
public record DecisionRequest(@Size(max = 2000) String comment) {
}
