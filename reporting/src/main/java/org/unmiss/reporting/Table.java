package org.unmiss.reporting;

import org.unmiss.kit.web.CsvTable;

import java.util.List;

/**
 * One CSV file of the pack. Humanitarian tables ({@link #hxl}) carry the HXL hashtag row under the header and
 * are named {@code ….hxl.csv}; they use the hashtags the services' own HXL exports use. Written with the
 * platform's one CSV writer ({@link CsvTable}: RFC 4180 quoting and spreadsheet-formula neutralising).
 *
 * @param file    the file name in the pack
 * @param title   what the table is, for the summary
 * @param columns headers (and hashtags)
 * @param rows    cells in column order
 * @param hxl     whether the hashtag row is written
 * @param chart   the summary's bar chart of this table, or null for none
 */
public record Table(String file, String title, List<CsvTable.Column> columns, List<List<Object>> rows, boolean hxl,
                    Chart chart) {

    /** A bar per row: the label from one column, the bar's length from a numeric one. */
    public record Chart(int labelColumn, int valueColumn) {
    }

    public Table {
        columns = List.copyOf(columns);
        List<List<Object>> checked = new java.util.ArrayList<>();
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(file + ": a row of " + row.size() + " cells for " + columns.size() + " columns");
            }
            // Not List.copyOf: a cell may be null (an empty field).
            checked.add(java.util.Collections.unmodifiableList(new java.util.ArrayList<>(row)));
        }
        rows = java.util.Collections.unmodifiableList(checked);
    }

    /** A plain (not HXL-tagged) table. */
    public static Table plain(String file, String title, List<String> headers, List<List<Object>> rows, Chart chart) {
        return new Table(file, title, headers.stream().map(header -> new CsvTable.Column(header, null)).toList(), rows, false, chart);
    }

    /** The CSV text written to {@link #file}. */
    public String csv() {
        return CsvTable.render(columns, hxl, rows);
    }
}
