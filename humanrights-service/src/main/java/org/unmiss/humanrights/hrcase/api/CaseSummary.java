package org.unmiss.humanrights.hrcase.api;

import org.unmiss.humanrights.hrcase.domain.CaseStatus;
import org.unmiss.humanrights.hrcase.domain.HrCase;
import org.unmiss.humanrights.hrcase.domain.IncidentDate;
import org.unmiss.humanrights.hrcase.domain.SouthSudanState;
import org.unmiss.humanrights.hrcase.domain.Violation;
import org.unmiss.humanrights.hrcase.domain.ViolationType;

import java.util.List;

/** A case in a list: what triage needs, no identities, no narrative; the title (free text) only for HR_SENSITIVE. */
public record CaseSummary(String reference, String title, String fieldOffice, IncidentDate occurredFrom,
                          SouthSudanState state, CaseStatus status, List<ViolationType> violationTypes, int victims,
                          List<String> tags, boolean lateVerification, String assignedTo) {

    /** The case's victims, a person of the registry once however many of its acts they suffered (ADR 0090). */
    static int victims(HrCase c) {
        java.util.Map<String, Integer> byWho = new java.util.HashMap<>();
        c.violations().forEach(v -> v.victims().forEach(victim -> byWho.putIfAbsent(victim.countingKey(), victim.count())));
        return byWho.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** {@code title}: the opened title, or null to withhold it. */
    static CaseSummary from(HrCase c, String title) {
        return new CaseSummary(c.reference(), title, c.fieldOffice(), c.occurredFrom(),
                c.location() == null ? null : c.location().state(), c.status(),
                c.violations().stream().map(Violation::type).distinct().toList(),
                victims(c), c.tags().stream().sorted().toList(),
                c.lateVerification(), c.assignedTo());
    }
}
