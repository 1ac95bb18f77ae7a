package org.unmiss.kit.testing.violations.alpha.domain;

import org.unmiss.kit.testing.violations.beta.domain.Beta;

/** Deliberately circular between features: alpha uses beta, and beta uses alpha. */
public record Alpha(Beta partner) {
}
