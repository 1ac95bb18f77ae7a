package org.unmiss.poc.earlywarning.api;

import org.springframework.http.ResponseEntity;
import org.unmiss.kit.web.CsvTable;
import org.unmiss.poc.earlywarning.domain.AlertMonthRow;

import java.util.Arrays;
import java.util.List;

/** The alerts-by-place report as CSV/HXL: one small class, to move to the kit's export negotiation when it lands (issue 13). */
final class AlertsByPlaceCsv {

    private static final List<CsvTable.Column> COLUMNS = List.of(new CsvTable.Column("month", "#date+month"),
            new CsvTable.Column("state", "#adm1+name"), new CsvTable.Column("county", "#adm2+name"),
            new CsvTable.Column("alerts", "#indicator+alerts+num"), new CsvTable.Column("answered", "#indicator+answered+num"),
            new CsvTable.Column("unanswered", "#indicator+unanswered+num"),
            new CsvTable.Column("mean_hours_to_response", "#indicator+response_hours+mean"),
            new CsvTable.Column("median_hours_to_response", "#indicator+response_hours+median"),
            new CsvTable.Column("max_hours_to_response", "#indicator+response_hours+max"));

    private AlertsByPlaceCsv() {
    }

    static ResponseEntity<String> of(List<AlertMonthRow> rows, boolean hxl) {
        return CsvTable.of("early-warning-alerts-by-place", hxl, COLUMNS, rows.stream()
                .map(r -> Arrays.<Object>asList(r.month(), r.state(), r.county(), r.alerts(), r.answered(), r.unanswered(),
                        r.meanHoursToResponse(), r.medianHoursToResponse(), r.maxHoursToResponse())).toList());
    }
}
