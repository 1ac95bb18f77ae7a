package org.unmiss.kit.web;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTableTest {

    @Test
    void quotesWhatNeedsQuotingAndEndsRowsWithCrLf() {
        String csv = CsvTable.render(List.of("site", "note"), List.of(List.of("BOR", "cattle, raids"), List.of("WAU", "said \"no\"")));
        assertThat(csv).isEqualTo("site,note\r\nBOR,\"cattle, raids\"\r\nWAU,\"said \"\"no\"\"\"\r\n");
    }

    @Test
    void addsTheHxlRowAndNamesTheDownload() {
        List<CsvTable.Column> columns = List.of(new CsvTable.Column("site", "#loc+code"), new CsvTable.Column("female", "#population+f"));
        List<List<Object>> rows = List.of(Arrays.asList("MALAKAL", 120));
        // A leading '#' is quoted, so no reader can mistake the HXL row for a comment line.
        assertThat(CsvTable.render(columns, true, rows))
                .isEqualTo("site,female\r\n\"#loc+code\",\"#population+f\"\r\nMALAKAL,120\r\n");
        assertThat(CsvTable.render(columns, false, rows)).isEqualTo("site,female\r\nMALAKAL,120\r\n");
        var download = CsvTable.of("population", true, columns, rows);
        assertThat(download.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(download.getHeaders().getContentDisposition().getFilename()).isEqualTo("population-hxl.csv");
    }

    @Test
    void neutralisesFormulaCellsWhereverALineStarts() {
        List<List<Object>> rows = List.of(
                Arrays.asList("=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)"),
                Arrays.asList("\tTAB", "\rCR", "first line\n=cmd|' /C calc'!A0", "a\r\n-b\r@c"),
                Arrays.asList(-3, 4.5, "plain", null));
        String csv = CsvTable.render(List.of("a", "b", "c", "d"), rows);
        assertThat(csv).isEqualTo("a,b,c,d\r\n"
                + "\"'=HYPERLINK(\"\"http://x\"\")\",'+1,'-2,'@SUM(A1)\r\n"
                + "'\tTAB,\"'\rCR\",\"first line\n'=cmd|' /C calc'!A0\",\"a\r\n'-b\r'@c\"\r\n"
                + "-3,4.5,plain,\r\n");
    }

    @Test
    void streamsRowsThroughTheSameNeutralisation() {
        java.io.StringWriter out = new java.io.StringWriter();
        CsvTable.Rows rows = CsvTable.stream(out, List.of(new CsvTable.Column("place", "#loc"), new CsvTable.Column("n", "#affected")), true);
        rows.row(Arrays.asList("=1+1", 2));
        rows.flush();
        assertThat(out.toString()).isEqualTo("place,n\r\n\"#loc\",\"#affected\"\r\n'=1+1,2\r\n");
    }
}
