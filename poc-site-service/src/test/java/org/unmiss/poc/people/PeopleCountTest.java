package org.unmiss.poc.people;

import org.junit.jupiter.api.Test;
import org.unmiss.kit.problem.FieldError;
import org.unmiss.poc.people.domain.AgeGroup;
import org.unmiss.poc.people.domain.PeopleCount;
import org.unmiss.poc.people.domain.Sex;
import org.unmiss.poc.people.domain.SexAgeCount;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PeopleCountTest {

    @Test
    void aCompleteBreakdownAddingUpToTheTotalIsAccepted() {
        PeopleCount count = PeopleCount.of(10, 20, 3, 12, 15, 2);
        assertThat(count.problems("people")).isEmpty();
        assertThat(count.total()).isEqualTo(62);
        assertThat(count.of(Sex.FEMALE)).isEqualTo(33);
        assertThat(count.of(AgeGroup.CHILDREN)).isEqualTo(22);
        assertThat(count.of(Sex.MALE, AgeGroup.ELDERLY)).isEqualTo(2);
    }

    @Test
    void aMismatchNamesTotalAndCountsWithBothFigures() {
        PeopleCount consistent = PeopleCount.of(10, 20, 3, 12, 15, 2);
        List<FieldError> problems = new PeopleCount(60, consistent.counts()).problems("people");
        assertThat(problems).extracting(FieldError::field).containsExactly("people.total", "people.counts");
        assertThat(problems.get(0).reason()).contains("60", "62");
    }

    @Test
    void aMissingOrDuplicatedCellIsNamed() {
        List<SexAgeCount> cells = new ArrayList<>(PeopleCount.of(1, 1, 1, 1, 1, 1).counts());
        cells.set(5, new SexAgeCount(Sex.FEMALE, AgeGroup.CHILDREN, 1));
        List<FieldError> problems = new PeopleCount(6, cells).problems("p");
        assertThat(problems).extracting(FieldError::reason)
                .anyMatch(r -> r.contains("FEMALE CHILDREN is counted twice"))
                .anyMatch(r -> r.contains("no count for MALE ELDERLY"));
    }

    @Test
    void negativeCountsAreRefused() {
        List<SexAgeCount> cells = new ArrayList<>(PeopleCount.of(1, 1, 1, 1, 1, 1).counts());
        cells.set(0, new SexAgeCount(Sex.FEMALE, AgeGroup.CHILDREN, -1));
        assertThat(new PeopleCount(4, cells).problems("p")).extracting(FieldError::field).contains("p.counts[0].count");
    }
}
