package org.unmiss.gender.personnel;

import org.junit.jupiter.api.Test;
import org.unmiss.gender.personnel.domain.StrengthCount;
import org.unmiss.gender.personnel.persistence.StrengthContract;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrengthContractTest {

    @Test
    void readsTheStrengthReportIgnoringFieldsItDoesNotUseAndTreatingLeftOutDimensionsAsNull() {
        String body = """
                {"asOf": "2026-06-30", "groupBy": ["category", "subCategory", "sex"],
                 "rows": [{"category": "MILITARY", "subCategory": "CONTINGENT_TROOP", "sex": "FEMALE", "count": 123}],
                 "totals": {"sex": {"FEMALE": 123}}, "total": 123,
                 "ceilings": [{"name": "TROOPS", "authorised": 17000, "actual": 123, "headroom": 16877, "exceeded": false}]}""";
        StrengthContract.Report report = StrengthContract.parse(body.getBytes(StandardCharsets.UTF_8));
        assertThat(report.asOf()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(report.total()).isEqualTo(123);
        assertThat(report.counts()).containsExactly(new StrengthCount("MILITARY", "CONTINGENT_TROOP", null, "FEMALE", 123));
    }

    @Test
    void refusesAnAnswerWithoutItsDay() {
        assertThatThrownBy(() -> StrengthContract.parse("{\"rows\": [], \"total\": 0}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
