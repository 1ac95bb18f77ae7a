package org.unmiss.vocabulary;

import java.util.Objects;

/**
 * One year's target for women's share of one uniformed group, as the strategy sets it.
 *
 * @param percent women's share, in percent
 */
public record ParityTarget(int year, UniformedGroup group, double percent, Source source) {

    public ParityTarget {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(source, "a target cites its source");
    }
}
