package org.unmiss.poc.policesupport.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A Human Rights Due Diligence Policy risk assessment of one national police unit: support to non-UN
 * security forces is given only after one, and only while it is current.
 *
 * @param beneficiary    the unit assessed, as the mission names it ("SSNPS Yambio county")
 * @param beneficiaryKey the name lower-cased with spaces folded, so support activities match it however typed
 * @param validUntil     the first day it no longer covers support
 */
@Document("hrddp_assessments")
public record RiskAssessment(@Id String reference, String fieldOffice, String beneficiary, String beneficiaryKey,
                             LocalDate assessedOn, LocalDate validUntil, RiskLevel risk, AssessmentDecision decision,
                             String mitigatingMeasures, String recordedBy, Instant recordedAt, @Version Long version) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(assessedOn) && day.isBefore(validUntil);
    }

    public static String key(String beneficiary) {
        return beneficiary.trim().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}
