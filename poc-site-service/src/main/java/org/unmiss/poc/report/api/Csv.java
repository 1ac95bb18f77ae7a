package org.unmiss.poc.report.api;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A report table as CSV; as HXL-tagged CSV the second row carries the HXL hashtags
 * (https://hxlstandard.org), so humanitarian tools read the columns without a mapping.
 */
final class Csv {

    static final String TEXT_CSV = "text/csv";

    private Csv() {
    }

    record Column(String header, String hxlTag) {
    }

    static ResponseEntity<String> table(String name, boolean hxl, List<Column> columns, List<List<?>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(columns.stream().map(Column::header).toList());
            if (hxl) {
                printer.printRecord(columns.stream().map(Column::hxlTag).toList());
            }
            for (List<?> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String filename = name + (hxl ? "-hxl" : "") + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("Content-Disposition", ContentDisposition.attachment().filename(filename).build().toString())
                .body(out.toString());
    }
}
