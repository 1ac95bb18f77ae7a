package org.unmiss.vocabulary;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The authorised strength a Security Council resolution set (or kept) for the mission, in force from the
 * day it was adopted until the next resolution in {@link Ceilings#SERIES}.
 *
 * @param resolution  e.g. "2155 (2014)"
 * @param adopted     the day the Council adopted it
 * @param troops      military personnel of all ranks (including a regional protection force when it had one)
 * @param police      police personnel; null where the source found does not state the figure
 * @param corrections corrections officers counted within {@code police}; null where not stated
 */
public record Ceiling(String resolution, LocalDate adopted, int troops, Integer police, Integer corrections,
                      String note, Source source) {

    public Ceiling {
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(adopted, "adopted");
        Objects.requireNonNull(source, "a ceiling cites its source");
    }
}
