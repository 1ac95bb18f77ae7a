package org.unmiss.humanrights.hrcase;

import org.junit.jupiter.api.Test;
import org.unmiss.humanrights.hrcase.domain.Consent;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which victims a de-identified figure may count: all but those whose recorded consent refuses it. */
class ConsentInFiguresTest {

    private static Consent recorded(boolean deidentifiedReporting) {
        return new Consent(false, deidentifiedReporting, false, List.of(), false, false,
                Instant.parse("2026-03-01T10:00:00Z"), "hr.officer.malakal");
    }

    @Test
    void aVictimNobodyHasAskedYetIsCountedButNeitherReferredNorShared() {
        Consent none = Consent.none();
        assertThat(none.recorded()).isFalse();
        assertThat(none.allowsDeidentifiedReporting()).isTrue();
        assertThat(none.servicesReferral()).isFalse();
        assertThat(none.allowsSharingWith("UNICEF", false)).isFalse();
    }

    @Test
    void aRecordedRefusalTakesTheVictimOutAndARecordedConsentKeepsThemIn() {
        assertThat(recorded(false).allowsDeidentifiedReporting()).isFalse();
        assertThat(recorded(true).allowsDeidentifiedReporting()).isTrue();
    }
}
