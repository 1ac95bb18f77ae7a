package org.unmiss.humanrights.report.api;

import org.unmiss.humanrights.hrcase.domain.HrCase;
import org.unmiss.humanrights.hrcase.domain.Perpetrator;
import org.unmiss.humanrights.hrcase.domain.Sex;
import org.unmiss.humanrights.hrcase.domain.Victim;
import org.unmiss.humanrights.hrcase.domain.Violation;
import org.unmiss.kit.web.CsvTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The export's rows: codes, dates, places down to county, types, parties and counts; never a name,
 * a contact, a narrative or a point. A second header line carries HXL hashtags for humanitarian tools.
 * The identified variant (HR_EXPORT with HR_SENSITIVE) adds one last column: the act's victims' names.
 * Written by the kit's {@link CsvTable}, which quotes and neutralises formula cells like every other CSV.
 * Only victims who consented to de-identified reporting are counted or named: the others are in no export.
 */
final class ViolationCsv {

    private static final List<CsvTable.Column> COLUMNS = List.of(
            new CsvTable.Column("caseReference", "#event+id"), new CsvTable.Column("fieldOffice", "#org+office"),
            new CsvTable.Column("state", "#adm1+name"), new CsvTable.Column("county", "#adm2+name"),
            new CsvTable.Column("incidentDate", "#date+occurred"), new CsvTable.Column("datePrecision", ""),
            new CsvTable.Column("status", "#status"), new CsvTable.Column("verified", ""),
            new CsvTable.Column("lateVerification", ""), new CsvTable.Column("violation", "#event+act"),
            new CsvTable.Column("violationType", "#indicator+type"), new CsvTable.Column("parties", "#group+party"),
            new CsvTable.Column("victims", "#affected"), new CsvTable.Column("female", "#affected+f"),
            new CsvTable.Column("male", "#affected+m"), new CsvTable.Column("sexUnknown", "#affected+unknown"),
            new CsvTable.Column("children", "#affected+children"));
    private static final CsvTable.Column NAMES = new CsvTable.Column("victimNames", "#affected+name");

    private ViolationCsv() {
    }

    static List<CsvTable.Column> columns(boolean identified) {
        if (!identified) {
            return COLUMNS;
        }
        List<CsvTable.Column> columns = new ArrayList<>(COLUMNS);
        columns.add(NAMES);
        return columns;
    }

    /** One row's cells; {@code victimNames} (code to name) is null for the de-identified export. */
    static List<Object> row(HrCase c, Violation v, Map<String, String> victimNames) {
        List<Object> cells = new ArrayList<>(List.of(c.reference(), c.fieldOffice(),
                c.location() == null || c.location().state() == null ? "" : c.location().state().name(),
                c.location() == null || c.location().county() == null ? "" : c.location().county(),
                c.occurredFrom().date().toString(), c.occurredFrom().precision().name(), c.status().name(), c.verified(),
                c.lateVerification(), v.code(), v.type().name(),
                v.perpetrators().stream().map(Perpetrator::partyCode).distinct().collect(Collectors.joining(";")),
                v.releasableVictimCount(), count(v, Sex.FEMALE), count(v, Sex.MALE), count(v, Sex.UNKNOWN), v.releasableChildVictimCount()));
        if (victimNames != null) {
            cells.add(v.releasableVictims().stream().map(victim -> victimNames.get(victim.code()))
                    .filter(name -> name != null).collect(Collectors.joining(";")));
        }
        return cells;
    }

    private static int count(Violation v, Sex sex) {
        return v.releasableVictims().stream().filter(victim -> victim.sex() == sex).mapToInt(Victim::count).sum();
    }
}
