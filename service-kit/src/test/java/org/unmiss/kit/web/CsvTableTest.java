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
}
