package org.unmiss.peace.config;

import org.junit.jupiter.api.Test;
import org.unmiss.peace.agreement.domain.Provision;
import org.unmiss.peace.ceasefire.domain.CeasefireReport;
import org.unmiss.peace.ceasefire.domain.CeasefireStage;
import org.unmiss.peace.ceasefire.domain.ClosureOutcome;
import org.unmiss.peace.engagement.domain.Engagement;
import org.unmiss.peace.engagement.domain.EngagementStatus;
import org.unmiss.kit.security.FieldOffices;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDataTest {

    private final DemoData data = new DemoData(DemoData.LAST_DAY);

    @Test
    void isTheSameOnEveryRun() {
        DemoData again = new DemoData(DemoData.LAST_DAY);
        assertThat(again.engagements()).extracting(Engagement::id, Engagement::status, e -> e.content().fieldOffice(),
                        e -> e.content().participantsBySex())
                .containsExactlyElementsOf(data.engagements().stream().map(e -> org.assertj.core.groups.Tuple.tuple(e.id(),
                        e.status(), e.content().fieldOffice(), e.content().participantsBySex())).toList());
        assertThat(again.ceasefireReports()).extracting(CeasefireReport::id, CeasefireReport::stage, CeasefireReport::outcome)
                .containsExactlyElementsOf(data.ceasefireReports().stream().map(r -> org.assertj.core.groups.Tuple.tuple(r.id(),
                        r.stage(), r.outcome())).toList());
    }

    @Test
    void engagementsSpanSeveralYearsAndEveryStateOfTheWorkflow() {
        List<Engagement> engagements = data.engagements();
        assertThat(engagements).hasSizeGreaterThan(500);
        assertThat(engagements).extracting(Engagement::status).contains(EngagementStatus.values());
        assertThat(engagements).extracting(e -> e.content().date().getYear()).contains(2023, 2024, 2025, 2026);
        assertThat(engagements).allSatisfy(e -> {
            assertThat(e.content().date()).isBeforeOrEqualTo(DemoData.LAST_DAY);
            assertThat(FieldOffices.problemWith(e.content().fieldOffice(), e.content().date())).isEmpty();
            assertThat(e.content().participantsBySex().female()).isGreaterThanOrEqualTo(
                    (int) e.content().interlocutors().stream().filter(i -> i.sex().name().equals("FEMALE")).count());
            assertThat(e.history().get(e.history().size() - 1).to()).isEqualTo(e.status());
        });
        assertThat(engagements).filteredOn(e -> e.status() == EngagementStatus.CANCELLED)
                .allSatisfy(e -> assertThat(e.cancellationReason()).isNotNull());
        assertThat(engagements).extracting(Engagement::id).doesNotHaveDuplicates();
    }

    @Test
    void provisionsCoverEveryChapterWithHistoryAndTheWomenBenchmark() {
        List<Provision> provisions = data.provisions();
        assertThat(provisions).extracting(Provision::chapter).contains("I", "II", "III", "IV", "V", "VI", "VII", "VIII");
        assertThat(provisions).allSatisfy(p -> assertThat(p.history()).isNotEmpty());
        assertThat(provisions).filteredOn(p -> p.history().size() > 2).hasSizeGreaterThan(10);
        Provision women = provisions.stream().filter(p -> p.code().equals("I.4.4")).findFirst().orElseThrow();
        assertThat(women.benchmark().target()).isEqualTo(35.0);
        assertThat(women.history()).allSatisfy(entry -> assertThat(entry.measuredValue()).isNotNull());
    }

    @Test
    void demoStatusesAreSyntheticAndSaySoAndNeverClaimAProvisionImplemented() {
        List<Provision> provisions = data.provisions();
        List<org.unmiss.peace.agreement.domain.StatusEntry> entries = provisions.stream().flatMap(p -> p.history().stream()).toList();
        assertThat(entries).filteredOn(org.unmiss.peace.agreement.domain.StatusEntry::synthetic)
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.evidence()).isEqualTo(DemoData.SYNTHETIC_EVIDENCE));
        assertThat(entries).noneSatisfy(e -> assertThat(e.evidence()).containsIgnoringCase("R-JMEC quarterly report"));
        assertThat(entries).filteredOn(e -> !e.synthetic()).allSatisfy(e -> assertThat(e.evidence()).contains("https://"));
        // The five statuses a practitioner found false: none is IMPLEMENTED, on any day.
        for (String code : List.of("V.2.1", "III.1.1", "II.2.5", "VI.6.1", "I.4.4")) {
            Provision provision = provisions.stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
            assertThat(provision.history()).as(code).noneSatisfy(e ->
                    assertThat(e.status()).isEqualTo(org.unmiss.peace.agreement.domain.ImplementationStatus.IMPLEMENTED));
        }
        Provision unified = provisions.stream().filter(p -> p.code().equals("II.2.5")).findFirst().orElseThrow();
        assertThat(unified.history()).extracting(org.unmiss.peace.agreement.domain.StatusEntry::effectiveDate)
                .containsExactly(java.time.LocalDate.of(2018, 9, 12), java.time.LocalDate.of(2022, 8, 30));
    }

    @Test
    void ceasefireReportsReachEveryStageAndAccessDeniedIsAmongTheOutcomes() {
        List<CeasefireReport> reports = data.ceasefireReports();
        assertThat(reports).extracting(CeasefireReport::stage).contains(CeasefireStage.values());
        assertThat(reports).extracting(CeasefireReport::outcome).filteredOn(Objects::nonNull)
                .contains(ClosureOutcome.ACCESS_DENIED, ClosureOutcome.NOT_SUBSTANTIATED);
        assertThat(reports).filteredOn(r -> r.outcome() == ClosureOutcome.ACCESS_DENIED)
                .allSatisfy(r -> assertThat(r.accessDenials()).isNotEmpty());
        assertThat(reports).allSatisfy(r -> assertThat(r.history().get(r.history().size() - 1).date())
                .isBeforeOrEqualTo(DemoData.LAST_DAY));
    }

    @Test
    void dialoguesAreHeldInThePastAndPlannedAhead() {
        List<org.unmiss.peace.dialogue.domain.DialogueInitiative> dialogues = data.dialogues();
        assertThat(dialogues).extracting(d -> d.content().status())
                .contains(org.unmiss.peace.dialogue.domain.DialogueStatus.values());
        assertThat(dialogues).filteredOn(d -> d.content().status() == org.unmiss.peace.dialogue.domain.DialogueStatus.HELD)
                .allSatisfy(d -> {
                    assertThat(d.content().endDate()).isBeforeOrEqualTo(DemoData.LAST_DAY);
                    assertThat(d.content().participantsBySex()).isNotNull();
                });
    }

    @Test
    void endsBeforeTheDayItIsGeneratedOn() {
        LocalDate early = LocalDate.of(2026, 3, 1);
        assertThat(DemoData.lastDay(early)).isEqualTo(early.minusDays(1));
        assertThat(new DemoData(DemoData.lastDay(early)).engagements())
                .allSatisfy(e -> assertThat(e.content().date()).isBefore(early));
    }
}
