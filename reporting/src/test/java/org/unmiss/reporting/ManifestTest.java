package org.unmiss.reporting;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ManifestTest {

    private static final Section UNPOL = new Section("personnel-service", "unpolStrength", List.of("unpol-composition.csv"), List::of);
    private static final Section BRIEF = new Section("humanrights-service", "humanRightsReportsQuarterlyBrief",
            List.of("hr-brief-by-type.csv", "hr-brief-by-state.csv"), List::of);
    private static final Map<String, String> VERSIONS = Map.of("personnel-service", "v1", "humanrights-service", "v2");

    @Test
    void aCompletePackNamesPeriodAsOfSourcesAndDocumentVersions() {
        Table unpol = Table.plain("unpol-composition.csv", "UNPOL", List.of("field_office", "total"),
                List.of(List.of("ALL", 1446)), null);
        Manifest manifest = Manifest.of("reporting-pack-2025-Q4", Quarter.parse("2025-Q4"), Instant.parse("2026-01-05T10:00:00Z"),
                "http://gw", List.of(SectionResult.written(UNPOL, List.of(unpol))), VERSIONS);

        Manifest read = Manifest.read(manifest.json());
        assertThat(read).isEqualTo(manifest);
        assertThat(read.status()).isEqualTo(Manifest.Status.COMPLETE);
        assertThat(read.asOf()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(read.from()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(read.services().get("personnel-service")).isEqualTo(new Manifest.Service("v1", true));
        assertThat(read.sections()).containsExactly(
                new Manifest.Entry("unpol-composition.csv", "personnel-service", "unpolStrength", "WRITTEN", 1, null));
        assertThat(manifest.json()).contains("\"generatedAt\" : \"2026-01-05T10:00:00Z\"", "\"asOf\" : \"2025-12-31\"")
                .doesNotContain("\"reason\"");
    }

    @Test
    void aFailedSectionMakesThePackIncompleteAndListsEachOfItsFilesWithTheReason() {
        Manifest manifest = Manifest.of("reporting-pack-2025-Q4", Quarter.parse("2025-Q4"), Instant.parse("2026-01-05T10:00:00Z"),
                "http://gw", List.of(SectionResult.missing(BRIEF, "humanrights-service unreachable")), VERSIONS);

        assertThat(manifest.status()).isEqualTo(Manifest.Status.INCOMPLETE);
        assertThat(manifest.missing()).extracting(Manifest.Entry::file).containsExactly("hr-brief-by-type.csv", "hr-brief-by-state.csv");
        assertThat(manifest.missing()).allSatisfy(entry -> {
            assertThat(entry.reason()).isEqualTo("humanrights-service unreachable");
            assertThat(entry.operation()).isEqualTo("humanRightsReportsQuarterlyBrief");
            assertThat(entry.status()).isEqualTo("MISSING");
        });
        assertThat(manifest.services().get("humanrights-service").answered()).isFalse();
    }
}
