package org.unmiss.peace.agreement.domain;

import org.junit.jupiter.api.Test;
import org.unmiss.kit.problem.InvalidRequestException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProvisionTest {

    private static StatusEntry entry(ImplementationStatus status, String day, Double value) {
        return new StatusEntry(status, LocalDate.parse(day), "evidence", value, "tester", Instant.EPOCH);
    }

    @Test
    void theStatusAsOfADayIsTheLastEntryEffectiveOnOrBeforeIt() {
        Provision provision = new Provision("II.2.1", "II", "Cantonment", null, "JDB", null,
                entry(ImplementationStatus.NOT_STARTED, "2018-09-12", null));
        provision.record(entry(ImplementationStatus.ONGOING, "2020-01-01", null));
        provision.record(entry(ImplementationStatus.DELAYED, "2020-01-01", null));
        provision.record(entry(ImplementationStatus.IMPLEMENTED, "2023-05-05", null));

        assertThat(provision.asOf(LocalDate.parse("2018-09-11"))).isEmpty();
        assertThat(provision.asOf(LocalDate.parse("2018-09-12")).orElseThrow().status()).isEqualTo(ImplementationStatus.NOT_STARTED);
        assertThat(provision.asOf(LocalDate.parse("2020-01-01")).orElseThrow().status())
                .as("the later of two same-day entries wins").isEqualTo(ImplementationStatus.DELAYED);
        assertThat(provision.asOf(LocalDate.parse("2023-05-04")).orElseThrow().status()).isEqualTo(ImplementationStatus.DELAYED);
        assertThat(provision.asOf(LocalDate.parse("2030-01-01")).orElseThrow().status()).isEqualTo(ImplementationStatus.IMPLEMENTED);
        assertThat(provision.currentStatus()).isEqualTo(ImplementationStatus.IMPLEMENTED);
    }

    @Test
    void aStatusCannotBeBackdatedBeforeTheLatestAndABenchmarkNeedsItsValue() {
        Provision women = new Provision("I.4.4", "I", "35% women", null, "Presidency",
                new Benchmark("Women in the Executive", "PERCENT", 35), entry(ImplementationStatus.NOT_STARTED, "2018-09-12", 16.0));
        assertThatThrownBy(() -> women.record(entry(ImplementationStatus.ONGOING, "2018-01-01", 20.0)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("effectiveDate");
        assertThatThrownBy(() -> women.record(entry(ImplementationStatus.ONGOING, "2019-01-01", null)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("measuredValue");
        assertThat(women.history()).hasSize(1);
    }

    @Test
    void aBenchmarkProvisionIsImplementedOnlyWhenItsMeasuredValueMeetsTheTarget() {
        Provision women = new Provision("I.4.4", "I", "35% women", null, "Presidency",
                new Benchmark("Women in the Executive", "PERCENT", 35), entry(ImplementationStatus.NOT_STARTED, "2018-09-12", 16.0));
        assertThatThrownBy(() -> women.record(entry(ImplementationStatus.IMPLEMENTED, "2024-01-01", 26.0)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("status").hasMessageContaining("26.0 is below 35.0");
        assertThat(women.currentStatus()).isEqualTo(ImplementationStatus.NOT_STARTED);

        women.record(entry(ImplementationStatus.IMPLEMENTED, "2024-01-01", 35.0));
        assertThat(women.currentStatus()).isEqualTo(ImplementationStatus.IMPLEMENTED);
    }

    @Test
    void provisionCodesSortNumerically() {
        List<String> codes = new ArrayList<>(List.of("I.10.1", "I.2.10", "I.2.9", "I.2"));
        codes.sort(ProvisionService::compareCodes);
        assertThat(codes).containsExactly("I.2", "I.2.9", "I.2.10", "I.10.1");
    }
}
