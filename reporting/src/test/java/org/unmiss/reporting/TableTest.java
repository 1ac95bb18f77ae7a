package org.unmiss.reporting;

import org.junit.jupiter.api.Test;
import org.unmiss.kit.web.CsvTable;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TableTest {

    @Test
    void anHxlTableHasItsHashtagRowUnderTheHeader() {
        // CsvTable quotes a leading # (ADR 0045); HXL readers take the row either way.
        Table table = new Table("poc.hxl.csv", "PoC", List.of(new CsvTable.Column("site", "#loc+code"),
                new CsvTable.Column("population", "#population+total")), List.of(List.of("BENTIU", 98_000)), true, null);
        assertThat(table.csv()).isEqualTo("site,population\r\n\"#loc+code\",\"#population+total\"\r\nBENTIU,98000\r\n");
    }

    @Test
    void cellsAreQuotedEmptiedAndNeutralisedByThePlatformsCsvWriter() {
        Table table = Table.plain("t.csv", "T", List.of("name", "note", "count"),
                List.of(Arrays.asList("Malakal, \"Upper Nile\"", null, 3), Arrays.asList("=HYPERLINK(\"x\")", "line\nbreak", -3)), null);
        assertThat(table.csv()).isEqualTo("name,note,count\r\n\"Malakal, \"\"Upper Nile\"\"\",,3\r\n"
                + "\"'=HYPERLINK(\"\"x\"\")\",\"line\nbreak\",-3\r\n");
    }

    @Test
    void aRowThatDoesNotFitTheColumnsIsRefused() {
        assertThatThrownBy(() -> Table.plain("t.csv", "T", List.of("a", "b"), List.of(List.of(1)), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("t.csv");
    }
}
