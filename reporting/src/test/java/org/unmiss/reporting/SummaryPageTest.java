package org.unmiss.reporting;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryPageTest {

    private static final Section PERSONNEL = new Section("personnel-service", "unpolStrength", List.of("unpol.csv"), List::of);
    private static final Section PEACE = new Section("peace-process-service", "ceasefireSummarySummary", List.of("peace.csv"), List::of);

    @Test
    void valuesFromThePlatformAreEscapedInTextAndInCharts() {
        Table table = Table.plain("unpol.csv", "UNPOL <b>", List.of("office", "total"),
                List.of(List.of("<script>alert('x')</script>", 12), List.of("A & \"B\"", 6)), new Table.Chart(0, 1));
        List<SectionResult> results = List.of(SectionResult.written(PERSONNEL, List.of(table)));
        String html = SummaryPage.render(manifest(results), results);

        assertThat(html).doesNotContain("<script", "<b>", "src=", "<link", "url(", "@import")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "A &amp; &quot;B&quot;", "UNPOL &lt;b&gt;");
        assertThat(html).contains("<svg").contains("width=\"360\"").contains("width=\"180\"");
        assertThat(html).contains("class=\"status COMPLETE\"");
    }

    @Test
    void anIncompletePackSaysSoAndListsEveryMissingFileWithItsReason() {
        List<SectionResult> results = List.of(SectionResult.missing(PEACE, "peace-process-service unreachable: the gateway answered 503"));
        String html = SummaryPage.render(manifest(results), results);

        assertThat(html).contains("class=\"status INCOMPLETE\"", "Missing from this pack", "peace.csv",
                "peace-process-service unreachable: the gateway answered 503");
    }

    private static Manifest manifest(List<SectionResult> results) {
        return Manifest.of("reporting-pack-2025-Q4", Quarter.parse("2025-Q4"), Instant.parse("2026-01-05T10:00:00Z"),
                "https://gateway.example", results, PackSections.DOCUMENT_VERSIONS);
    }
}
