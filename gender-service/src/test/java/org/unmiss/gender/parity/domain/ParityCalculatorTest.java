package org.unmiss.gender.parity.domain;

import org.junit.jupiter.api.Test;
import org.unmiss.gender.personnel.domain.StrengthCount;
import org.unmiss.vocabulary.ParityTarget;
import org.unmiss.vocabulary.ParityTargets;
import org.unmiss.vocabulary.Source;
import org.unmiss.vocabulary.UniformedGroup;

import java.time.LocalDate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ParityCalculatorTest {

    static final Source SOURCE = new Source("test targets", LocalDate.of(2026, 1, 1), "https://example.org/targets");
    static final ParityTargets TARGETS = new ParityTargets(List.of(
            new ParityTarget(2026, UniformedGroup.MILITARY_CONTINGENTS, 15, SOURCE),
            new ParityTarget(2026, UniformedGroup.INDIVIDUAL_POLICE_OFFICERS, 30, SOURCE)));

    @Test
    void sharesAndGapsPerSubCategoryWithCategoryTotalsFirst() {
        List<ParityLine> lines = ParityCalculator.byCategory(List.of(
                new StrengthCount("POLICE", "INDIVIDUAL_POLICE_OFFICER", null, "FEMALE", 31),
                new StrengthCount("POLICE", "INDIVIDUAL_POLICE_OFFICER", null, "MALE", 69),
                new StrengthCount("MILITARY", "CONTINGENT_TROOP", null, "FEMALE", 1),
                new StrengthCount("MILITARY", "CONTINGENT_TROOP", null, "MALE", 2),
                new StrengthCount("MILITARY", "STAFF_OFFICER", null, "MALE", 5)), TARGETS, 2026);
        assertThat(lines).extracting(ParityLine::subCategory)
                .containsExactly(null, "CONTINGENT_TROOP", "STAFF_OFFICER", null, "INDIVIDUAL_POLICE_OFFICER");
        ParityLine military = lines.get(0);
        assertThat(military.total()).isEqualTo(8);
        assertThat(military.targetPercent()).isNull();
        ParityLine troops = lines.get(1);
        assertThat(troops.womenSharePercent()).isEqualTo(33.3);
        assertThat(troops.gapPercentagePoints()).isEqualTo(-18.3);
        assertThat(troops.meetsTarget()).isTrue();
        assertThat(lines.get(2).womenSharePercent()).isZero();
        assertThat(lines.get(2).meetsTarget()).isNull();
        assertThat(lines.get(4).meetsTarget()).isTrue();
    }

    @Test
    void countriesLargestFirstAgainstTheCountryTarget() {
        List<ParityLine> lines = ParityCalculator.byCountry(List.of(
                new StrengthCount(null, null, "GHA", "FEMALE", 10), new StrengthCount(null, null, "GHA", "MALE", 40),
                new StrengthCount(null, null, "IND", "FEMALE", 5), new StrengthCount(null, null, "IND", "MALE", 95)), TARGETS, 2026);
        assertThat(lines).extracting(ParityLine::country).containsExactly("IND", "GHA");
        assertThat(lines.get(0).meetsTarget()).isFalse();
        assertThat(lines.get(1).womenSharePercent()).isEqualTo(20.0);
        assertThat(lines.get(1).meetsTarget()).isTrue();
    }

    @Test
    void aYearWithoutItsOwnTargetIsNotMeasuredAgainstAnotherYears() {
        List<ParityLine> in2027 = ParityCalculator.byCategory(List.of(
                new StrengthCount("MILITARY", "CONTINGENT_TROOP", null, "FEMALE", 1)), TARGETS, 2027);
        assertThat(in2027.get(1).targetPercent()).isNull();
        assertThat(in2027.get(1).meetsTarget()).isNull();
    }
}
