package org.unmiss.humanrights.report.api;

import org.unmiss.humanrights.hrcase.domain.HrCase;
import org.unmiss.humanrights.hrcase.domain.Perpetrator;
import org.unmiss.humanrights.hrcase.domain.Sex;
import org.unmiss.humanrights.hrcase.domain.Victim;
import org.unmiss.humanrights.hrcase.domain.Violation;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * The export's rows: codes, dates, places down to county, types, parties and counts; never a name,
 * a contact, a narrative or a point. A second header line carries HXL hashtags for humanitarian tools.
 * The identified variant (HR_EXPORT with HR_SENSITIVE) adds one last column: the act's victims' names.
 * Only victims who consented to de-identified reporting are counted or named: the others are in no export.
 */
final class ViolationCsv {

    static final String HEADER = "caseReference,fieldOffice,state,county,incidentDate,datePrecision,status,verified,"
            + "lateVerification,violation,violationType,parties,victims,female,male,sexUnknown,children";
    static final String HXL_TAGS = "#event+id,#org+office,#adm1+name,#adm2+name,#date+occurred,,#status,,,#event+act,"
            + "#indicator+type,#group+party,#affected,#affected+f,#affected+m,#affected+unknown,#affected+children";
    private static final String NAMES_HEADER = ",victimNames";
    private static final String NAMES_HXL_TAG = ",#affected+name";

    private ViolationCsv() {
    }

    static String header(boolean identified) {
        return HEADER + (identified ? NAMES_HEADER : "") + "\r\n" + HXL_TAGS + (identified ? NAMES_HXL_TAG : "") + "\r\n";
    }

    /** One row; {@code victimNames} (code to name) is null for the de-identified export. */
    static String row(HrCase c, Violation v, Map<String, String> victimNames) {
        String names = victimNames == null ? "" : "," + cell(v.releasableVictims().stream().map(victim -> victimNames.get(victim.code()))
                .filter(name -> name != null).collect(Collectors.joining(";")));
        return String.join(",", c.reference(), c.fieldOffice(),
                c.location() == null || c.location().state() == null ? "" : c.location().state().name(),
                cell(c.location() == null ? null : c.location().county()), c.occurredFrom().date().toString(),
                c.occurredFrom().precision().name(), c.status().name(), String.valueOf(c.verified()),
                String.valueOf(c.lateVerification()), v.code(), v.type().name(),
                cell(v.perpetrators().stream().map(Perpetrator::partyCode).distinct().collect(Collectors.joining(";"))),
                String.valueOf(v.releasableVictimCount()), String.valueOf(count(v, Sex.FEMALE)), String.valueOf(count(v, Sex.MALE)),
                String.valueOf(count(v, Sex.UNKNOWN)), String.valueOf(v.releasableChildVictimCount())) + names + "\r\n";
    }

    private static int count(Violation v, Sex sex) {
        return v.releasableVictims().stream().filter(victim -> victim.sex() == sex).mapToInt(Victim::count).sum();
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
