package org.unmiss.personnel.config;

import java.util.List;

/** Lets tests outside this package see which countries the demo mission uses. */
public final class DemoPopulationAccess {

    private DemoPopulationAccess() {
    }

    public static List<String> countries() {
        return DemoPopulation.COUNTRIES;
    }
}
