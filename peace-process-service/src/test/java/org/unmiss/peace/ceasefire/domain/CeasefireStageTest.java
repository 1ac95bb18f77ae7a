package org.unmiss.peace.ceasefire.domain;

import org.junit.jupiter.api.Test;
import org.unmiss.kit.problem.ConflictException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CeasefireStageTest {

    @Test
    void theStagesFollowTheCtsamvmProcessInOrder() {
        assertThat(CeasefireStage.ALLEGATION.next()).contains(CeasefireStage.PRELIMINARY_INVESTIGATION);
        assertThat(CeasefireStage.INVESTIGATION_REPORT.next()).contains(CeasefireStage.VIOLATION_REPORT);
        assertThat(CeasefireStage.TECHNICAL_COMMITTEE.next()).contains(CeasefireStage.BOARD);
        assertThat(CeasefireStage.BOARD.next()).isEmpty();
        assertThat(CeasefireStage.INVESTIGATION_REPORT.canClose()).isTrue();
        assertThat(CeasefireStage.VIOLATION_REPORT.canClose()).isFalse();
    }

    @Test
    void aReportClosedAtTheBoardOrWithAnOutcomeTakesNoMoreSteps() {
        CeasefireReport report = new CeasefireReport("CF-2025-000001", AllegationSource.PUBLIC, "community members",
                ViolationType.ATTACKS_ON_CIVILIANS, List.of("NAS"), null, null, "Village", "YAMBIO",
                LocalDate.parse("2025-01-01"), LocalDate.parse("2025-01-02"), "Attack", "tester", Instant.EPOCH);
        report.advance(CeasefireStage.PRELIMINARY_INVESTIGATION, LocalDate.parse("2025-01-03"), null, "tester", Instant.EPOCH);
        report.close(ClosureOutcome.NOT_SUBSTANTIATED, LocalDate.parse("2025-01-04"), "no evidence", "tester", Instant.EPOCH);
        assertThat(report.open()).isFalse();
        assertThatThrownBy(() -> report.advance(CeasefireStage.TEAM_INVESTIGATION, LocalDate.parse("2025-01-05"), null, "t", Instant.EPOCH))
                .isInstanceOf(ConflictException.class);
    }
}
