package org.unmiss.humanrights.search.api;

import org.unmiss.humanrights.hrcase.domain.CaseStatus;
import org.unmiss.humanrights.hrcase.domain.HrCase;
import org.unmiss.humanrights.hrcase.domain.IncidentDate;
import org.unmiss.humanrights.hrcase.domain.SouthSudanState;
import org.unmiss.humanrights.hrcase.domain.Violation;
import org.unmiss.humanrights.hrcase.domain.ViolationType;

import java.util.List;

/** A case a search found: what a list shows, no identities; the title only for HR_SENSITIVE (null otherwise). */
public record SearchHit(String reference, String title, String fieldOffice, IncidentDate occurredFrom, SouthSudanState state,
                        String county, CaseStatus status, List<ViolationType> violationTypes, List<String> tags) {

    static SearchHit from(HrCase c, String title) {
        return new SearchHit(c.reference(), title, c.fieldOffice(), c.occurredFrom(),
                c.location() == null ? null : c.location().state(), c.location() == null ? null : c.location().county(),
                c.status(), c.violations().stream().map(Violation::type).distinct().toList(), c.tags().stream().sorted().toList());
    }
}
