package org.unmiss.kit.web;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Report tables as CSV (RFC 4180, header row first), the export every service offers beside JSON;
 * optionally HXL-tagged: a second row of HXL hashtags (https://hxlstandard.org) so humanitarian
 * tools read the columns without a mapping. The one CSV writer of the platform: every text cell
 * is {@linkplain #neutralise neutralised} against formula injection, so a name or a place typed as
 * {@code =HYPERLINK(...)} stays text when an analyst opens the file in a spreadsheet.
 */
public final class CsvTable {

    /** {@link Exports#CSV}; the convention for choosing between JSON and CSV is {@link Exports}. */
    public static final String MEDIA_TYPE = Exports.CSV;

    /** A column's header and, for HXL-tagged tables, its hashtag (e.g. {@code #population+f}). */
    public record Column(String header, String hxlTag) {
    }

    private CsvTable() {
    }

    /** The table as CSV text. */
    public static String render(List<String> header, List<? extends List<?>> rows) {
        return write(header, null, rows);
    }

    /** The table as CSV text, with the HXL hashtag row when {@code hxl} is true. */
    public static String render(List<Column> columns, boolean hxl, List<? extends List<?>> rows) {
        return write(columns.stream().map(Column::header).toList(),
                hxl ? columns.stream().map(Column::hxlTag).toList() : null, rows);
    }

    /** The table as a CSV download named {@code <name>.csv}. */
    public static ResponseEntity<String> of(String name, List<String> header, List<? extends List<?>> rows) {
        return download(name, render(header, rows));
    }

    /** The table as a CSV download; HXL-tagged tables are named {@code <name>-hxl.csv}. */
    public static ResponseEntity<String> of(String name, boolean hxl, List<Column> columns, List<? extends List<?>> rows) {
        return download(name + (hxl ? "-hxl" : ""), render(columns, hxl, rows));
    }

    private static ResponseEntity<String> download(String name, String csv) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name + ".csv").build().toString())
                .body(csv);
    }

    /**
     * A table written row by row to {@code out} (a response's writer, say), for exports too large to
     * hold in memory: the header (and HXL) rows are written at once, each {@link Rows#row} after.
     */
    public static Rows stream(Writer out, List<Column> columns, boolean hxl) {
        Rows rows = new Rows(out);
        rows.row(columns.stream().map(Column::header).toList());
        if (hxl) {
            rows.row(columns.stream().map(Column::hxlTag).toList());
        }
        return rows;
    }

    /** The rows of a streamed table; {@link #flush} when done (the writer itself stays open). */
    public static final class Rows {

        private final CSVPrinter printer;

        private Rows(Writer out) {
            try {
                this.printer = new CSVPrinter(out, CSVFormat.RFC4180);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public void row(List<?> cells) {
            try {
                printer.printRecord(cells.stream().map(CsvTable::neutralise).toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public void flush() {
            try {
                printer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * A cell as it is safe to write: text whose first character, or the first character after any
     * line break inside it, would make a spreadsheet read a formula ({@code = + - @}, tab, carriage
     * return) gets a leading apostrophe there, which spreadsheets show as text. Numbers, dates and
     * other non-text values are written as they are: {@code -3} as a number is not a formula.
     */
    static Object neutralise(Object cell) {
        if (!(cell instanceof CharSequence text) || text.isEmpty()) {
            return cell;
        }
        StringBuilder safe = new StringBuilder(text.length() + 2);
        boolean lineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (lineStart && FORMULA_STARTS.indexOf(c) >= 0) {
                safe.append('\'');
            }
            safe.append(c);
            // A CR is itself a trigger at a line start, and starts a new line for what follows.
            lineStart = c == '\n' || c == '\r';
        }
        return safe.toString();
    }

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private static String write(List<String> header, List<String> hxlTags, List<? extends List<?>> rows) {
        StringWriter out = new StringWriter();
        Rows table = new Rows(out);
        table.row(header);
        if (hxlTags != null) {
            table.row(hxlTags);
        }
        rows.forEach(table::row);
        table.flush();
        return out.toString();
    }
}
