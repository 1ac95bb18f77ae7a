package org.unmiss.vocabulary;

import java.util.Optional;

/**
 * The categories of uniformed personnel the Uniformed Gender Parity Strategy 2018-2028 sets targets for, and
 * the personnel sub-categories (personnel-service's words) each covers.
 */
public enum UniformedGroup {
    MILITARY_CONTINGENTS,
    /** Military experts on mission (observers, liaison officers) and staff officers, counted together. */
    MILITARY_EXPERTS_AND_STAFF_OFFICERS,
    FORMED_POLICE_UNITS,
    INDIVIDUAL_POLICE_OFFICERS,
    JUSTICE_AND_CORRECTIONS;

    /** The group a personnel sub-category belongs to; civilians have none. */
    public static Optional<UniformedGroup> ofSubCategory(String subCategory) {
        if (subCategory == null) {
            return Optional.empty();
        }
        return switch (subCategory) {
            case "CONTINGENT_TROOP" -> Optional.of(MILITARY_CONTINGENTS);
            case "STAFF_OFFICER", "MILITARY_OBSERVER" -> Optional.of(MILITARY_EXPERTS_AND_STAFF_OFFICERS);
            case "FORMED_POLICE_UNIT" -> Optional.of(FORMED_POLICE_UNITS);
            case "INDIVIDUAL_POLICE_OFFICER" -> Optional.of(INDIVIDUAL_POLICE_OFFICERS);
            case "CORRECTIONS_OFFICER" -> Optional.of(JUSTICE_AND_CORRECTIONS);
            default -> Optional.empty();
        };
    }
}
