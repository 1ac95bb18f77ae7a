package org.unmiss.kit.security;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class FieldOfficesTest {

    @Test
    void refusesClosedOfficesFromTheirClosingDayAndNamesTheSuccessor() {
        assertThat(FieldOffices.problemWith("AWEIL", LocalDate.of(2025, 12, 31))).isEmpty();
        assertThat(FieldOffices.problemWith("AWEIL", LocalDate.of(2026, 1, 1))).get().asString()
                .contains("2026-01-01").contains("WAU");
        assertThat(FieldOffices.problemWith("ATLANTIS", LocalDate.of(2026, 1, 1))).get().asString().contains("MALAKAL");
    }

    @Test
    void knowsHeadquartersAndTheOfficesStillOpen() {
        assertThat(FieldOffices.exists(FieldOfficeScope.HEADQUARTERS)).isTrue();
        assertThat(FieldOffices.codes()).hasSize(11);
        assertThat(FieldOffices.openSince(LocalDate.of(2026, 6, 1))).doesNotContain("TORIT", "AWEIL").contains("WAU");
        assertThat(FieldOffices.openSince(LocalDate.of(2025, 6, 1))).contains("TORIT", "AWEIL");
    }
}
