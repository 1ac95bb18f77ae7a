package org.unmiss.humanrights.referral.domain;

import org.unmiss.kit.problem.ApiException;
import org.unmiss.kit.problem.FieldError;
import org.unmiss.problem.ProblemType;

import java.util.List;

/** 409 naming each consent the victim's record lacks for a referral (for a child: the caregiver's and the child's own). */
public class ReferralConsentMissingException extends ApiException {

    public ReferralConsentMissingException(String detail, List<FieldError> missing) {
        super(ProblemType.CONFLICT, detail, missing);
    }
}
