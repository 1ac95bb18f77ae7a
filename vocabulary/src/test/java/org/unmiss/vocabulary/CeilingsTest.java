package org.unmiss.vocabulary;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class CeilingsTest {

    @Test
    void a_mid_2015_day_is_measured_against_resolution_2223_not_a_later_one() {
        Ceiling ceiling = Ceilings.inForceOn(LocalDate.of(2015, 6, 30)).orElseThrow();

        assertThat(ceiling.resolution()).isEqualTo("2223 (2015)");
        assertThat(ceiling.troops()).isEqualTo(12_500);
        assertThat(ceiling.police()).isEqualTo(1_323);
        assertThat(ceiling.corrections()).isNull();
    }

    @Test
    void a_resolution_is_in_force_from_the_day_it_was_adopted() {
        assertThat(Ceilings.inForceOn(LocalDate.of(2015, 12, 14)).orElseThrow().troops()).isEqualTo(12_500);
        assertThat(Ceilings.inForceOn(LocalDate.of(2015, 12, 15)).orElseThrow().troops()).isEqualTo(13_000);
        assertThat(Ceilings.inForceOn(LocalDate.of(2021, 6, 30)).orElseThrow())
                .extracting(Ceiling::resolution, Ceiling::troops, Ceiling::police, Ceiling::corrections)
                .containsExactly("2567 (2021)", 17_000, 2_101, 88);
    }

    @Test
    void a_figure_the_source_does_not_state_stays_unstated() {
        assertThat(Ceilings.inForceOn(LocalDate.of(2016, 9, 1)).orElseThrow().police()).isNull();
    }

    @Test
    void before_the_mission_there_is_no_ceiling() {
        assertThat(Ceilings.inForceOn(LocalDate.of(2011, 7, 7))).isEmpty();
    }

    @Test
    void the_series_is_in_order_and_every_entry_cites_its_source() {
        for (int i = 1; i < Ceilings.SERIES.size(); i++) {
            assertThat(Ceilings.SERIES.get(i).adopted()).isAfter(Ceilings.SERIES.get(i - 1).adopted());
        }
        assertThat(Ceilings.SERIES).allSatisfy(c -> assertThat(c.source().url()).startsWith("http"));
    }
}
