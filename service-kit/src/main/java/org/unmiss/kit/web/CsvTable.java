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
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Report tables as CSV (RFC 4180, header row first), the export every service offers beside JSON;
 * optionally HXL-tagged: a second row of HXL hashtags (https://hxlstandard.org) so humanitarian
 * tools read the columns without a mapping.
 */
public final class CsvTable {

    public static final String MEDIA_TYPE = "text/csv";

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

    private static String write(List<String> header, List<String> hxlTags, List<? extends List<?>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(header);
            if (hxlTags != null) {
                printer.printRecord(hxlTags);
            }
            for (List<?> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
