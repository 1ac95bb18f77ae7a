package org.unmiss.poc.policesupport.api;

import org.unmiss.poc.place.domain.PlaceRef;
import org.unmiss.poc.policesupport.domain.SupportActivity;
import org.unmiss.poc.policesupport.domain.SupportType;

import java.time.LocalDate;

/** @param riskAssessmentReference the HRDDP risk assessment that allowed the activity */
public record SupportActivityView(String reference, String fieldOffice, SupportType type, String beneficiary,
                                  PlaceRef place, LocalDate startedOn, LocalDate endedOn, Integer womenTrained,
                                  Integer menTrained, String description, String riskAssessmentReference) {

    static SupportActivityView from(SupportActivity a) {
        return new SupportActivityView(a.reference(), a.fieldOffice(), a.type(), a.beneficiary(), a.place(), a.startedOn(),
                a.endedOn(), a.womenTrained(), a.menTrained(), a.description(), a.riskAssessmentReference());
    }
}
