package org.unmiss.poc.referral.domain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** humanrights-service's answer; only the case reference matters here, other fields are tolerated. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseReferralReceipt(String caseReference) {
}
