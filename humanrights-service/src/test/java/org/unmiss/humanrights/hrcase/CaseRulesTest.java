package org.unmiss.humanrights.hrcase;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unmiss.humanrights.hrcase.domain.AgeGroup;
import org.unmiss.humanrights.hrcase.domain.CaseLimits;
import org.unmiss.humanrights.hrcase.domain.Confidentiality;
import org.unmiss.humanrights.hrcase.domain.Disclosure;
import org.unmiss.humanrights.hrcase.domain.HrCase;
import org.unmiss.humanrights.hrcase.domain.Location;
import org.unmiss.humanrights.hrcase.domain.ServiceType;
import org.unmiss.humanrights.hrcase.domain.SouthSudanState;
import org.unmiss.humanrights.hrcase.domain.StandardOfProof;
import org.unmiss.kit.problem.ConflictException;
import org.unmiss.humanrights.hrcase.domain.CaseStatus;
import org.unmiss.humanrights.hrcase.domain.DatePrecision;
import org.unmiss.humanrights.hrcase.domain.IncidentDate;
import org.unmiss.humanrights.hrcase.domain.Verification;
import org.unmiss.humanrights.hrcase.domain.ViolationType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unmiss.humanrights.hrcase.domain.CaseStatus.CLOSED;
import static org.unmiss.humanrights.hrcase.domain.CaseStatus.FOUND_NOT_TO_HAVE_OCCURRED;
import static org.unmiss.humanrights.hrcase.domain.CaseStatus.NOT_VERIFIED;
import static org.unmiss.humanrights.hrcase.domain.CaseStatus.RECEIVED;
import static org.unmiss.humanrights.hrcase.domain.CaseStatus.REPORTED;
import static org.unmiss.humanrights.hrcase.domain.CaseStatus.UNDER_INVESTIGATION;
import static org.unmiss.humanrights.hrcase.domain.CaseStatus.VERIFIED;

/** The rules without the store: workflow, lateness, date precision, the counting rule's classification. */
class CaseRulesTest {

    @Test
    void workflowAllowsExactlyTheseMoves() {
        assertThat(RECEIVED.next()).containsExactly(UNDER_INVESTIGATION);
        assertThat(UNDER_INVESTIGATION.next()).containsExactlyInAnyOrder(VERIFIED, NOT_VERIFIED, FOUND_NOT_TO_HAVE_OCCURRED);
        assertThat(VERIFIED.next()).containsExactlyInAnyOrder(REPORTED, CLOSED);
        assertThat(NOT_VERIFIED.next()).containsExactlyInAnyOrder(UNDER_INVESTIGATION, CLOSED);
        assertThat(FOUND_NOT_TO_HAVE_OCCURRED.next()).containsExactly(CLOSED);
        assertThat(REPORTED.next()).containsExactly(CLOSED);
        assertThat(CLOSED.next()).isEmpty();
        assertThat(Arrays.stream(CaseStatus.values()).filter(CaseStatus::isVerificationOutcome))
                .containsExactlyInAnyOrder(VERIFIED, NOT_VERIFIED, FOUND_NOT_TO_HAVE_OCCURRED);
    }

    @ParameterizedTest(name = "incident {0} ({1}) verified {2}: late={3}")
    @CsvSource({
            "2026-02-10, EXACT,                 2026-03-31T23:59:59Z, false",
            "2026-02-10, EXACT,                 2026-04-01T00:00:00Z, true",
            "2026-03-31, EXACT,                 2026-03-31T12:00:00Z, false",
            "2026-10-01, EXACT,                 2026-12-31T10:00:00Z, false",
            "2026-12-31, ESTIMATE,              2027-01-01T00:00:01Z, true",
            "2026-03-15, UNKNOWN_DAY,           2026-03-31T10:00:00Z, false",
            "2026-02-15, UNKNOWN_MONTH_AND_DAY, 2026-12-31T10:00:00Z, false",
            "2026-02-15, UNKNOWN_MONTH_AND_DAY, 2027-01-01T10:00:00Z, true"})
    void lateMeansVerifiedAfterTheQuarterOfTheLastPossibleIncidentDay(LocalDate day, DatePrecision precision, Instant verifiedAt,
                                                                      boolean late) {
        assertThat(Verification.isLate(IncidentDate.of(day, precision), verifiedAt)).isEqualTo(late);
    }

    @Test
    void normalisesDatesToWhatIsKnown() {
        assertThat(IncidentDate.of(LocalDate.of(2026, 5, 17), DatePrecision.UNKNOWN_DAY).date()).isEqualTo("2026-05-01");
        assertThat(IncidentDate.of(LocalDate.of(2026, 5, 17), DatePrecision.UNKNOWN_MONTH_AND_DAY).date()).isEqualTo("2026-01-01");
        assertThat(IncidentDate.of(LocalDate.of(2024, 2, 3), DatePrecision.UNKNOWN_DAY).latestPossible()).isEqualTo("2024-02-29");
        assertThat(Verification.endOfQuarter(LocalDate.of(2026, 8, 9))).isEqualTo("2026-09-30");
    }

    @Test
    void classifiesViolationsForTheMrmMaraAndFormsOfHarm() {
        Set<ViolationType.Grave> countingVictims = EnumSet.noneOf(ViolationType.Grave.class);
        Arrays.stream(ViolationType.Grave.values()).filter(ViolationType.Grave::countsVictims).forEach(countingVictims::add);
        assertThat(countingVictims).containsExactlyInAnyOrder(ViolationType.Grave.KILLING_AND_MAIMING,
                ViolationType.Grave.RECRUITMENT_OR_USE, ViolationType.Grave.SEXUAL_VIOLENCE, ViolationType.Grave.ABDUCTION);
        assertThat(ViolationType.of(ViolationType.Grave.ATTACKS_ON_SCHOOLS_OR_HOSPITALS))
                .containsExactlyInAnyOrder(ViolationType.ATTACK_ON_SCHOOL, ViolationType.ATTACK_ON_HOSPITAL);
        assertThat(Arrays.stream(ViolationType.values()).filter(ViolationType::isGbvCore)).containsExactlyInAnyOrder(
                ViolationType.RAPE, ViolationType.GANG_RAPE, ViolationType.SEXUAL_ASSAULT, ViolationType.PHYSICAL_ASSAULT,
                ViolationType.FORCED_MARRIAGE, ViolationType.DENIAL_OF_RESOURCES, ViolationType.PSYCHOLOGICAL_ABUSE);
        assertThat(ViolationType.crsvTypes()).allSatisfy(t -> assertThat(t.harm()).isEqualTo(ViolationType.Harm.CRSV));
        assertThat(ViolationType.of(ViolationType.Harm.INJURY)).containsExactly(ViolationType.INJURY_OR_MAIMING);
        assertThat(AgeGroup.ofAge(17).isChild()).isTrue();
        assertThat(AgeGroup.ofAge(18).isChild()).isFalse();
        assertThat(AgeGroup.UNKNOWN.isChild()).isFalse();
    }

    @Test
    void theCapsOfACaseHoldForEveryLaterAddition() {
        HrCase hrCase = new HrCase("HR-2026-000001", "HR-2026-000001", null, null, "MALAKAL",
                IncidentDate.of(LocalDate.of(2026, 1, 5), DatePrecision.EXACT), null,
                new Location(SouthSudanState.UPPER_NILE, null, null, null, null, null), Confidentiality.CONFIDENTIAL, Set.of(),
                List.of(), List.of(), null, Instant.parse("2026-01-06T10:00:00Z"), "hr.officer.malakal");
        Instant at = Instant.parse("2026-01-07T10:00:00Z");
        for (int i = 0; i < CaseLimits.MAX_DISCLOSURES; i++) {
            hrCase.addDisclosure(new Disclosure("V-AAAAAA", Disclosure.DisclosureKind.REFERRAL, ServiceType.MEDICAL, null, null, at,
                    "hr.officer.malakal", false, null));
        }
        assertThatThrownBy(() -> hrCase.addDisclosure(new Disclosure("V-AAAAAA", Disclosure.DisclosureKind.REFERRAL,
                ServiceType.MEDICAL, null, null, at, "hr.officer.malakal", false, null)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("disclosures");
        assertThat(hrCase.disclosures()).hasSize(CaseLimits.MAX_DISCLOSURES);

        // sent back to investigation and decided again, over and over: the history stops at its cap
        hrCase.moveTo(UNDER_INVESTIGATION, at, "hr.officer.malakal", null, null);
        while (hrCase.history().size() < CaseLimits.MAX_HISTORY) {
            hrCase.moveTo(hrCase.status() == UNDER_INVESTIGATION ? NOT_VERIFIED : UNDER_INVESTIGATION, at, "hr.senior",
                    StandardOfProof.REASONABLE_GROUNDS, null);
        }
        CaseStatus next = hrCase.status() == UNDER_INVESTIGATION ? NOT_VERIFIED : UNDER_INVESTIGATION;
        assertThatThrownBy(() -> hrCase.moveTo(next, at, "hr.senior", StandardOfProof.REASONABLE_GROUNDS, null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("history");
        assertThat(hrCase.history()).hasSize(CaseLimits.MAX_HISTORY);
    }
}
