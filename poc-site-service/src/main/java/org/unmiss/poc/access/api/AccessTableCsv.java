package org.unmiss.poc.access.api;

import org.springframework.http.ResponseEntity;
import org.unmiss.kit.web.CsvTable;
import org.unmiss.poc.access.domain.AccessTableRow;

import java.util.Arrays;
import java.util.List;

/**
 * The access table for the humanitarian access working group as CSV/HXL: one small class, to move to the
 * kit's export negotiation when it lands (issue 13).
 */
final class AccessTableCsv {

    private static final List<CsvTable.Column> COLUMNS = List.of(new CsvTable.Column("date", "#date"),
            new CsvTable.Column("state", "#adm1+name"), new CsvTable.Column("county", "#adm2+name"),
            new CsvTable.Column("county_to", "#adm2+name+dest"), new CsvTable.Column("event", "#event+type"),
            new CsvTable.Column("agency_type", "#org+type"), new CsvTable.Column("agency", "#org+name"),
            new CsvTable.Column("perpetrator_party", "#group+perpetrator"), new CsvTable.Column("sofa_violation", "#indicator+sofa"),
            new CsvTable.Column("status", "#status"), new CsvTable.Column("patrol", "#activity+code+patrol"),
            new CsvTable.Column("reference", "#meta+id"));

    private AccessTableCsv() {
    }

    static ResponseEntity<String> of(List<AccessTableRow> rows, boolean hxl) {
        return CsvTable.of("humanitarian-access", hxl, COLUMNS, rows.stream()
                .map(r -> Arrays.<Object>asList(r.date(), r.state(), r.county(), r.countyTo(), r.event(), r.agencyType(),
                        r.agency(), r.perpetratorParty(), r.sofaViolation(), r.status(), r.patrolReference(), r.reference()))
                .toList());
    }
}
