package org.unmiss.personnel.report.domain;

import java.util.Map;

/** One cell of a breakdown: the value of each grouped dimension, and how many people. */
public record Count(Map<Dimension, String> key, long count) {

    public String get(Dimension dimension) {
        return key.get(dimension);
    }
}
