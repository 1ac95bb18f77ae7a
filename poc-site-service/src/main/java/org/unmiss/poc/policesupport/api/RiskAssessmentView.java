package org.unmiss.poc.policesupport.api;

import org.unmiss.poc.policesupport.domain.AssessmentDecision;
import org.unmiss.poc.policesupport.domain.RiskAssessment;
import org.unmiss.poc.policesupport.domain.RiskLevel;

import java.time.LocalDate;

/** @param validUntil the first day the assessment no longer covers support */
public record RiskAssessmentView(String reference, String fieldOffice, String beneficiary, LocalDate assessedOn,
                                 LocalDate validUntil, RiskLevel risk, AssessmentDecision decision,
                                 String mitigatingMeasures, String recordedBy) {

    static RiskAssessmentView from(RiskAssessment a) {
        return new RiskAssessmentView(a.reference(), a.fieldOffice(), a.beneficiary(), a.assessedOn(), a.validUntil(),
                a.risk(), a.decision(), a.mitigatingMeasures(), a.recordedBy());
    }
}
