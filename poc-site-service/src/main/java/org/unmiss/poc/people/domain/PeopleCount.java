package org.unmiss.poc.people.domain;

import org.unmiss.kit.problem.FieldError;
import org.unmiss.kit.problem.FieldErrors;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A head count disaggregated in the DHIS2 manner: a total and one count for every sex × age-group
 * cell, the cells adding up to the total. A count whose parts do not add up is refused, never
 * stored, so every report built on it sums.
 */
public record PeopleCount(Integer total, List<SexAgeCount> counts) {

    /** Every problem with this count, each naming its JSON path under {@code field}; empty when consistent. */
    public List<FieldError> problems(String field) {
        FieldErrors errors = new FieldErrors();
        if (total == null || total < 0) {
            errors.add(field + ".total", "must be 0 or more");
        }
        if (counts == null) {
            errors.add(field + ".counts", "must give a count for every sex and age group");
            return errors.list();
        }
        Set<String> seen = new java.util.HashSet<>();
        long sum = 0;
        for (int i = 0; i < counts.size(); i++) {
            SexAgeCount cell = counts.get(i);
            String at = field + ".counts[" + i + "]";
            if (cell == null || cell.sex() == null || cell.ageGroup() == null) {
                errors.add(at, "must name sex and ageGroup");
                continue;
            }
            if (cell.count() == null || cell.count() < 0) {
                errors.add(at + ".count", "must be 0 or more");
                continue;
            }
            if (!seen.add(cell.sex() + "/" + cell.ageGroup())) {
                errors.add(at, cell.sex() + " " + cell.ageGroup() + " is counted twice");
            }
            sum += cell.count();
        }
        for (Sex sex : Sex.values()) {
            for (AgeGroup age : EnumSet.allOf(AgeGroup.class)) {
                if (!seen.contains(sex + "/" + age)) {
                    errors.add(field + ".counts", "has no count for " + sex + " " + age + " (give 0 if none)");
                }
            }
        }
        if (errors.isEmpty() && sum != total) {
            errors.add(field + ".total", "is " + total + " but the sex and age-group counts add up to " + sum);
            errors.add(field + ".counts", "add up to " + sum + ", not the total " + total);
        }
        return errors.list();
    }

    public int of(Sex sex) {
        return counts.stream().filter(c -> c.sex() == sex).mapToInt(SexAgeCount::count).sum();
    }

    public int of(AgeGroup ageGroup) {
        return counts.stream().filter(c -> c.ageGroup() == ageGroup).mapToInt(SexAgeCount::count).sum();
    }

    public int of(Sex sex, AgeGroup ageGroup) {
        return counts.stream().filter(c -> c.sex() == sex && c.ageGroup() == ageGroup).mapToInt(SexAgeCount::count).sum();
    }

    /** A consistent count from the six cells, in the order female children, adults, elderly, male children, adults, elderly. */
    public static PeopleCount of(int femaleChildren, int femaleAdults, int femaleElderly,
                                 int maleChildren, int maleAdults, int maleElderly) {
        List<SexAgeCount> cells = List.of(
                new SexAgeCount(Sex.FEMALE, AgeGroup.CHILDREN, femaleChildren),
                new SexAgeCount(Sex.FEMALE, AgeGroup.ADULTS, femaleAdults),
                new SexAgeCount(Sex.FEMALE, AgeGroup.ELDERLY, femaleElderly),
                new SexAgeCount(Sex.MALE, AgeGroup.CHILDREN, maleChildren),
                new SexAgeCount(Sex.MALE, AgeGroup.ADULTS, maleAdults),
                new SexAgeCount(Sex.MALE, AgeGroup.ELDERLY, maleElderly));
        return new PeopleCount(cells.stream().mapToInt(SexAgeCount::count).sum(), cells);
    }
}
