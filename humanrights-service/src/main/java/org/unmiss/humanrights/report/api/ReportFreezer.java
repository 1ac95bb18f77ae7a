package org.unmiss.humanrights.report.api;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.unmiss.humanrights.hrcase.domain.OfficeStates;
import org.unmiss.humanrights.release.domain.FigureFreezer;
import org.unmiss.humanrights.release.domain.Quarter;
import org.unmiss.humanrights.report.persistence.FigureBook;
import org.unmiss.kit.security.FieldOfficeScope;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a release freezes (ADR 0098): the quarter's MRM, MARA, harm and brief views as human rights staff read them
 * live, for each scope a caller can have (mission-wide, each field office, and no office), unsuppressed, so the
 * small-cell rule is applied when they are answered.
 */
@Component
@RequiredArgsConstructor
class ReportFreezer implements FigureFreezer {

    /** The scope of a token without a field office: it sees no office's figures (fail closed). */
    static final String NO_OFFICE = "NONE";

    private final FigureBook book;
    private final FigureReports fromCells;
    private final CaseReports fromCases;
    private final JsonMapper json;

    /** One scope's frozen views of a quarter. */
    record Frozen(MrmReport mrm, MaraReport mara, HarmReport harm, QuarterlyBrief brief) {
    }

    @Override
    public Map<String, String> freeze(Quarter quarter) {
        Reports reports = book.ready() ? fromCells : fromCases;
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put(FieldOfficeScope.HEADQUARTERS, json.writeValueAsString(frozen(reports, FieldOfficeScope.of("HQ"), quarter)));
        for (String office : OfficeStates.codes()) {
            figures.put(office, json.writeValueAsString(frozen(reports, FieldOfficeScope.of(office), quarter)));
        }
        figures.put(NO_OFFICE, json.writeValueAsString(frozen(reports, FieldOfficeScope.NONE, quarter)));
        return figures;
    }

    private static Frozen frozen(Reports reports, FieldOfficeScope scope, Quarter quarter) {
        return new Frozen(reports.mrm(scope, quarter.firstDay(), quarter.lastDay(), false),
                reports.mara(scope, quarter.firstDay(), quarter.lastDay()),
                reports.harm(scope, quarter.firstDay(), quarter.lastDay()),
                reports.brief(scope, quarter.toString(), quarter.firstDay(), quarter.lastDay()));
    }
}
