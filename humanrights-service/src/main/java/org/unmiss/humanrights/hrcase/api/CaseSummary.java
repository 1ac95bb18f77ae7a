package org.unmiss.humanrights.hrcase.api;

import org.unmiss.humanrights.hrcase.domain.CaseStatus;
import org.unmiss.humanrights.hrcase.domain.HrCase;
import org.unmiss.humanrights.hrcase.domain.IncidentDate;
import org.unmiss.humanrights.hrcase.domain.SouthSudanState;
import org.unmiss.humanrights.hrcase.domain.Violation;
import org.unmiss.humanrights.hrcase.domain.ViolationType;

import java.util.List;

/** A case in a list: what triage needs, no identities, no narrative. */
public record CaseSummary(String reference, String title, String fieldOffice, IncidentDate occurredFrom,
                          SouthSudanState state, CaseStatus status, List<ViolationType> violationTypes, int victims,
                          List<String> tags, boolean lateVerification) {

    static CaseSummary from(HrCase c) {
        return new CaseSummary(c.reference(), c.title(), c.fieldOffice(), c.occurredFrom(),
                c.location() == null ? null : c.location().state(), c.status(),
                c.violations().stream().map(Violation::type).distinct().toList(),
                c.violations().stream().mapToInt(Violation::victimCount).sum(), c.tags().stream().sorted().toList(),
                c.lateVerification());
    }
}
