package org.unmiss.humanrights.report.api;

import org.unmiss.humanrights.hrcase.domain.HrCase;
import org.unmiss.humanrights.hrcase.domain.Perpetrator;
import org.unmiss.humanrights.hrcase.domain.Sex;
import org.unmiss.humanrights.hrcase.domain.Victim;
import org.unmiss.humanrights.hrcase.domain.Violation;

import java.util.stream.Collectors;

/**
 * The export's rows: codes, dates, places down to county, types, parties and counts; never a name,
 * a contact, a narrative or a point. A second header line carries HXL hashtags for humanitarian tools.
 */
final class ViolationCsv {

    static final String HEADER = "caseReference,fieldOffice,state,county,incidentDate,datePrecision,status,verified,"
            + "lateVerification,violation,violationType,parties,victims,female,male,sexUnknown,children\r\n";
    static final String HXL_TAGS = "#event+id,#org+office,#adm1+name,#adm2+name,#date+occurred,,#status,,,#event+act,"
            + "#indicator+type,#group+party,#affected,#affected+f,#affected+m,#affected+unknown,#affected+children\r\n";

    private ViolationCsv() {
    }

    static String row(HrCase c, Violation v) {
        return String.join(",", c.reference(), c.fieldOffice(),
                c.location() == null || c.location().state() == null ? "" : c.location().state().name(),
                cell(c.location() == null ? null : c.location().county()), c.occurredFrom().date().toString(),
                c.occurredFrom().precision().name(), c.status().name(), String.valueOf(c.verified()),
                String.valueOf(c.lateVerification()), v.code(), v.type().name(),
                cell(v.perpetrators().stream().map(Perpetrator::partyCode).distinct().collect(Collectors.joining(";"))),
                String.valueOf(v.victimCount()), String.valueOf(count(v, Sex.FEMALE)), String.valueOf(count(v, Sex.MALE)),
                String.valueOf(count(v, Sex.UNKNOWN)), String.valueOf(v.childVictimCount())) + "\r\n";
    }

    private static int count(Violation v, Sex sex) {
        return v.victims().stream().filter(victim -> victim.sex() == sex).mapToInt(Victim::count).sum();
    }

    /** RFC 4180 quoting, and a leading quote against formula injection when the file is opened in a spreadsheet. */
    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
