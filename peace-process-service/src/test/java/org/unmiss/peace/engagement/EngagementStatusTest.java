package org.unmiss.peace.engagement;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unmiss.peace.engagement.domain.EngagementStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole transition table: every pair of states, allowed or not. */
class EngagementStatusTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "DRAFT, PENDING_APPROVAL, true", "DRAFT, CANCELLED, true", "DRAFT, APPROVED, false", "DRAFT, PUBLISHED, false",
            "DRAFT, REJECTED, false", "DRAFT, DRAFT, false",
            "PENDING_APPROVAL, APPROVED, true", "PENDING_APPROVAL, REJECTED, true", "PENDING_APPROVAL, CANCELLED, true",
            "PENDING_APPROVAL, PUBLISHED, false", "PENDING_APPROVAL, DRAFT, false", "PENDING_APPROVAL, PENDING_APPROVAL, false",
            "APPROVED, PUBLISHED, true", "APPROVED, CANCELLED, true", "APPROVED, REJECTED, false", "APPROVED, DRAFT, false",
            "APPROVED, PENDING_APPROVAL, false", "APPROVED, APPROVED, false",
            "REJECTED, PENDING_APPROVAL, true", "REJECTED, CANCELLED, true", "REJECTED, APPROVED, false",
            "REJECTED, PUBLISHED, false", "REJECTED, DRAFT, false", "REJECTED, REJECTED, false",
            "PUBLISHED, DRAFT, false", "PUBLISHED, PENDING_APPROVAL, false", "PUBLISHED, APPROVED, false",
            "PUBLISHED, REJECTED, false", "PUBLISHED, CANCELLED, false", "PUBLISHED, PUBLISHED, false",
            "CANCELLED, DRAFT, false", "CANCELLED, PENDING_APPROVAL, false", "CANCELLED, APPROVED, false",
            "CANCELLED, REJECTED, false", "CANCELLED, PUBLISHED, false", "CANCELLED, CANCELLED, false"})
    void transitions(EngagementStatus from, EngagementStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }

    @ParameterizedTest
    @CsvSource({"DRAFT, true", "REJECTED, true", "PENDING_APPROVAL, false", "APPROVED, false", "PUBLISHED, false", "CANCELLED, false"})
    void onlyTheAuthorsStatesAreEditable(EngagementStatus status, boolean editable) {
        assertThat(status.isEditable()).isEqualTo(editable);
    }
}
