package org.unmiss.poc.policesupport.domain;

import org.unmiss.kit.store.DocumentStore;

import java.util.List;

/** What the HRDDP gate needs of the store (ADR 21). */
public interface RiskAssessmentStore extends DocumentStore<RiskAssessment> {

    /** An office's assessments of one unit ({@link RiskAssessment#key}). */
    List<RiskAssessment> ofUnit(String fieldOffice, String beneficiaryKey);
}
