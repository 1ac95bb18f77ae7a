package org.unmiss.personnel.report;

import org.junit.jupiter.api.Test;
import org.unmiss.personnel.person.domain.Category;
import org.unmiss.personnel.person.domain.DeploymentStatus;
import org.unmiss.personnel.person.domain.Sex;
import org.unmiss.personnel.person.domain.SubCategory;
import org.unmiss.personnel.report.domain.Count;
import org.unmiss.personnel.report.domain.Dimension;
import org.unmiss.personnel.report.domain.GenderParity;
import org.unmiss.vocabulary.ParityTarget;
import org.unmiss.vocabulary.ParityTargets;
import org.unmiss.vocabulary.Source;
import org.unmiss.vocabulary.UniformedGroup;
import org.unmiss.personnel.report.domain.RotationsDue;
import org.unmiss.personnel.report.domain.Stint;
import org.unmiss.personnel.report.domain.Strength;
import org.unmiss.personnel.report.domain.StrengthFilter;
import org.unmiss.personnel.report.domain.StrengthReport;
import org.unmiss.personnel.report.domain.UnpolStrength;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class StrengthTest {

    static final LocalDate D = LocalDate.of(2026, 3, 1);

    static Stint stint(SubCategory sub, String country, Sex sex, String office, DeploymentStatus status, String start, String end) {
        return new Stint(sub.category(), sub, country, sex, office, null, status, LocalDate.parse(start), LocalDate.parse(end));
    }

    static final List<Stint> STINTS = List.of(
            stint(SubCategory.CONTINGENT_TROOP, "IND", Sex.MALE, "BOR", DeploymentStatus.ACTIVE, "2025-01-01", "2026-01-31"),
            stint(SubCategory.CONTINGENT_TROOP, "IND", Sex.FEMALE, "BOR", DeploymentStatus.ACTIVE, "2025-01-01", "2027-01-01"),
            stint(SubCategory.STAFF_OFFICER, "KEN", Sex.FEMALE, "HQ", DeploymentStatus.COMPLETED, "2025-01-01", "2026-03-01"),
            stint(SubCategory.STAFF_OFFICER, "KEN", Sex.MALE, "HQ", DeploymentStatus.COMPLETED, "2025-01-01", "2026-02-28"),
            stint(SubCategory.FORMED_POLICE_UNIT, "RWA", Sex.MALE, "JUBA", DeploymentStatus.ACTIVE, "2026-03-02", "2027-01-01"),
            stint(SubCategory.INDIVIDUAL_POLICE_OFFICER, "GHA", Sex.FEMALE, "WAU", DeploymentStatus.ACTIVE, "2026-03-01", "2027-01-01"),
            stint(SubCategory.CORRECTIONS_OFFICER, "GHA", Sex.MALE, "WAU", DeploymentStatus.ACTIVE, "2026-01-01", "2027-01-01"));

    @Test
    void countsActiveSinceTheirStartAndCompletedWithinTheirPeriod() {
        List<Count> counts = Strength.count(STINTS, D, StrengthFilter.ALL, List.of());
        assertThat(counts).singleElement().extracting(Count::count).isEqualTo(5L);
    }

    @Test
    void rowsAndPerDimensionTotalsAddUpToTheTotal() {
        List<Dimension> groupBy = List.of(Dimension.CATEGORY, Dimension.SEX, Dimension.FIELD_OFFICE);
        StrengthReport report = StrengthReport.of(D, groupBy, Strength.count(STINTS, D, StrengthFilter.ALL, groupBy),
                Map.of(Category.MILITARY, 3L, Category.POLICE, 1L, Category.CORRECTIONS, 1L));
        assertThat(report.total()).isEqualTo(5);
        assertThat(report.rows().stream().mapToLong(StrengthReport.Row::count).sum()).isEqualTo(5);
        report.totals().values().forEach(sums -> assertThat(sums.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(5));
        assertThat(report.totals().get("sex")).containsEntry("FEMALE", 3L).containsEntry("MALE", 2L);
        assertThat(report.ceilings()).extracting(StrengthReport.Ceiling::name, StrengthReport.Ceiling::actual, StrengthReport.Ceiling::exceeded)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("TROOPS", 3L, false),
                        org.assertj.core.groups.Tuple.tuple("POLICE", 2L, false),
                        org.assertj.core.groups.Tuple.tuple("CORRECTIONS", 1L, false));
    }

    @Test
    void aStrengthReportIsMeasuredAgainstTheCeilingInForceOnItsDay() {
        StrengthReport mid2015 = StrengthReport.of(LocalDate.of(2015, 6, 30), List.of(), List.of(),
                Map.of(Category.MILITARY, 12_600L, Category.POLICE, 1_000L));
        assertThat(mid2015.ceilings()).extracting(StrengthReport.Ceiling::name, StrengthReport.Ceiling::authorised,
                        StrengthReport.Ceiling::exceeded, StrengthReport.Ceiling::resolution)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("TROOPS", 12_500L, true, "S/RES/2223 (2015)"),
                        org.assertj.core.groups.Tuple.tuple("POLICE", 1_323L, false, "S/RES/2223 (2015)"),
                        // Resolution 2223 states no separate corrections figure: none is invented.
                        org.assertj.core.groups.Tuple.tuple("CORRECTIONS", null, null, "S/RES/2223 (2015)"));
        assertThat(mid2015.ceilings().get(0).source()).isEqualTo("https://press.un.org/en/2015/sc11910.doc.htm");

        StrengthReport mid2021 = StrengthReport.of(LocalDate.of(2021, 6, 30), List.of(), List.of(), Map.of(Category.MILITARY, 12_600L));
        assertThat(mid2021.ceilings()).extracting(StrengthReport.Ceiling::authorised).containsExactly(17_000L, 2_101L, 88L);
        assertThat(mid2021.ceilings().get(0).exceeded()).isFalse();
    }

    @Test
    void filtersCombine() {
        StrengthFilter women = new StrengthFilter(Set.of(Category.MILITARY), null, "KEN", "HQ", Sex.FEMALE);
        assertThat(Strength.count(STINTS, D, women, List.of())).singleElement().extracting(Count::count).isEqualTo(1L);
    }

    @Test
    void unpolSplitsFormedUnitsIndividualsAndCorrections() {
        LocalDate later = LocalDate.of(2026, 6, 1);
        StrengthFilter police = new StrengthFilter(Set.of(Category.POLICE, Category.CORRECTIONS), null, null, null, null);
        UnpolStrength unpol = UnpolStrength.of(later, Strength.count(STINTS, later, police,
                List.of(Dimension.SUB_CATEGORY, Dimension.FIELD_OFFICE)));
        assertThat(unpol.total()).isEqualTo(3);
        assertThat(unpol.formedPoliceUnits()).isEqualTo(1);
        assertThat(unpol.individualPoliceOfficers()).isEqualTo(1);
        assertThat(unpol.corrections()).isEqualTo(1);
        assertThat(unpol.regions()).isEqualTo(2);
    }

    @Test
    void parityTargetsAreWeightedByTheSubCategoryMix() {
        LocalDate later = LocalDate.of(2026, 6, 1);
        GenderParity parity = GenderParity.of(later, Dimension.CATEGORY,
                Strength.count(STINTS, later, StrengthFilter.ALL, List.of(Dimension.CATEGORY, Dimension.SUB_CATEGORY, Dimension.SEX)),
                TARGETS_2026);
        GenderParity.Row police = parity.rows().stream().filter(r -> r.key().equals("POLICE")).findFirst().orElseThrow();
        assertThat(police.women()).isEqualTo(1);
        assertThat(police.womenPercent()).isEqualTo(50.0);
        assertThat(police.targetPercent()).isEqualTo(25.0);
        assertThat(police.meetsTarget()).isTrue();
        GenderParity.Row corrections = parity.rows().stream().filter(r -> r.key().equals("CORRECTIONS")).findFirst().orElseThrow();
        assertThat(corrections.targetPercent()).isNull();
        assertThat(corrections.meetsTarget()).isNull();
        assertThat(parity.women() + parity.men()).isEqualTo(5);
        assertThat(parity.targetYear()).isEqualTo(2026);
    }

    @Test
    void parityUsesItsOwnYearsTargetAndSaysSoWhenTheYearHasNone() {
        LocalDate later = LocalDate.of(2026, 6, 1);
        List<Count> counts = Strength.count(STINTS, later, StrengthFilter.ALL, List.of(Dimension.CATEGORY, Dimension.SUB_CATEGORY, Dimension.SEX));

        GenderParity published = GenderParity.of(later, Dimension.CATEGORY, counts, ParityTargets.published());
        assertThat(published.rows()).allSatisfy(r -> assertThat(r.targetPercent()).isNull());
        assertThat(published.targetNote()).contains("no 2026 target").doesNotContain("null");

        GenderParity in2025 = GenderParity.of(LocalDate.of(2025, 6, 1), Dimension.SUB_CATEGORY, List.of(
                new Count(Map.of(Dimension.SUB_CATEGORY, "CONTINGENT_TROOP", Dimension.SEX, "FEMALE"), 10),
                new Count(Map.of(Dimension.SUB_CATEGORY, "CONTINGENT_TROOP", Dimension.SEX, "MALE"), 90)), ParityTargets.published());
        assertThat(in2025.rows()).singleElement().extracting(GenderParity.Row::targetPercent, GenderParity.Row::meetsTarget)
                .containsExactly(12.0, false);
    }

    private static final Source TEST_SOURCE = new Source("test targets", LocalDate.of(2026, 1, 1), "https://example.org/targets");
    private static final ParityTargets TARGETS_2026 = new ParityTargets(List.of(
            new ParityTarget(2026, UniformedGroup.MILITARY_CONTINGENTS, 15, TEST_SOURCE),
            new ParityTarget(2026, UniformedGroup.INDIVIDUAL_POLICE_OFFICERS, 30, TEST_SOURCE),
            new ParityTarget(2026, UniformedGroup.FORMED_POLICE_UNITS, 20, TEST_SOURCE)));

    @Test
    void rotationsDueIncludeOverdueOnesFlagged() {
        List<RotationsDue.Row> rows = Strength.rotationsDue(STINTS, D, D.plusDays(400), null);
        assertThat(rows.get(0).endDate()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(rows.get(0).overdue()).isTrue();
        assertThat(rows.stream().mapToLong(RotationsDue.Row::persons).sum()).isEqualTo(5);
        assertThat(Strength.rotationsDue(STINTS, D, D.plusDays(30), "WAU")).isEmpty();
    }
}
