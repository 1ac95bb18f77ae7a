package org.unmiss.vocabulary;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ParityTargetsTest {

    private static final Source TEST_SOURCE = new Source("test table", LocalDate.of(2026, 1, 1), "https://example.org/test");

    @Test
    void each_year_uses_its_own_target() {
        ParityTargets published = ParityTargets.published();

        assertThat(published.forSubCategory(2021, "CONTINGENT_TROOP").orElseThrow().percent()).isEqualTo(8);
        assertThat(published.forSubCategory(2025, "CONTINGENT_TROOP").orElseThrow().percent()).isEqualTo(12);
        assertThat(published.forSubCategory(2028, "CONTINGENT_TROOP").orElseThrow().percent()).isEqualTo(15);
        assertThat(published.forSubCategory(2025, "MILITARY_OBSERVER").orElseThrow().percent()).isEqualTo(22);
    }

    @Test
    void a_year_without_a_published_target_has_none_rather_than_the_2028_end_state() {
        ParityTargets published = ParityTargets.published();

        assertThat(published.forSubCategory(2026, "CONTINGENT_TROOP")).isEmpty();
        assertThat(published.missing(2026)).contains("no 2026 target").contains("2028");
    }

    @Test
    void a_2026_target_on_record_is_the_one_2026_uses() {
        ParityTargets withYear = new ParityTargets(List.of(
                new ParityTarget(2026, UniformedGroup.MILITARY_CONTINGENTS, 13, TEST_SOURCE),
                new ParityTarget(2028, UniformedGroup.MILITARY_CONTINGENTS, 15, TEST_SOURCE)));

        assertThat(withYear.forSubCategory(2026, "CONTINGENT_TROOP").orElseThrow().percent()).isEqualTo(13);
    }

    @Test
    void civilians_have_no_uniformed_target() {
        assertThat(ParityTargets.published().forSubCategory(2028, "NATIONAL_STAFF")).isEmpty();
        assertThat(UniformedGroup.ofSubCategory("STAFF_OFFICER")).contains(UniformedGroup.MILITARY_EXPERTS_AND_STAFF_OFFICERS);
    }

    @Test
    void parity_is_measured_one_way() {
        ParityMeasure short_ = ParityMeasure.of(45, 1000, 12.0);
        assertThat(short_.womenPercent()).isEqualTo(4.5);
        assertThat(short_.gapPercentagePoints()).isEqualTo(7.5);
        assertThat(short_.meetsTarget()).isFalse();

        assertThat(ParityMeasure.of(1, 3, null)).extracting(ParityMeasure::womenPercent, ParityMeasure::targetPercent,
                ParityMeasure::meetsTarget).containsExactly(33.3, null, null);
        assertThat(ParityMeasure.of(0, 0, 15.0).meetsTarget()).isFalse();
    }
}
