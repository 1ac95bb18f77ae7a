package org.unmiss.kit.testing.violations.beta.domain;

import org.unmiss.kit.testing.violations.alpha.domain.Alpha;

/** The other half of the feature cycle: each direction alone would be allowed (domain may use domain). */
public record Beta(String name) {

    public Alpha pairedWith() {
        return new Alpha(this);
    }
}
