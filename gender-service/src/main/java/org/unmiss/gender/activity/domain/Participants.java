package org.unmiss.gender.activity.domain;

import org.unmiss.kit.problem.FieldError;
import org.unmiss.kit.problem.FieldErrors;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Participants counted by sex, optionally broken down by age group. Parts add up: female plus
 * male is the total, and when age groups are given, each sex summed over them is that sex's count.
 */
public record Participants(int female, int male, int total, List<AgeGroupCount> byAgeGroup) {

    public Participants {
        byAgeGroup = byAgeGroup == null ? List.of() : List.copyOf(byAgeGroup);
    }

    public record AgeGroupCount(AgeGroup ageGroup, int female, int male) {
    }

    public static Participants of(int female, int male) {
        return new Participants(female, male, female + male, List.of());
    }

    /** Every way the counts fail to add up, each naming the fields involved under {@code prefix}. */
    public List<FieldError> inconsistencies(String prefix) {
        FieldErrors errors = new FieldErrors();
        if (female + male != total) {
            String reason = "female (" + female + ") + male (" + male + ") = " + (female + male) + ", not the total " + total;
            errors.add(prefix + ".total", reason);
        }
        if (!byAgeGroup.isEmpty()) {
            int femaleByAge = 0;
            int maleByAge = 0;
            Set<AgeGroup> seen = EnumSet.noneOf(AgeGroup.class);
            for (int i = 0; i < byAgeGroup.size(); i++) {
                AgeGroupCount group = byAgeGroup.get(i);
                if (!seen.add(group.ageGroup())) {
                    errors.add(prefix + ".byAgeGroup[" + i + "].ageGroup", group.ageGroup() + " is listed more than once");
                }
                femaleByAge += group.female();
                maleByAge += group.male();
            }
            if (femaleByAge != female) {
                errors.add(prefix + ".byAgeGroup", "female over the age groups add up to " + femaleByAge + ", not " + female);
            }
            if (maleByAge != male) {
                errors.add(prefix + ".byAgeGroup", "male over the age groups add up to " + maleByAge + ", not " + male);
            }
        }
        return errors.list();
    }
}
