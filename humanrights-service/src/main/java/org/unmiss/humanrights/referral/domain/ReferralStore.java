package org.unmiss.humanrights.referral.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.unmiss.kit.security.FieldOfficeScope;
import org.unmiss.kit.store.DocumentStore;

public interface ReferralStore extends DocumentStore<Referral> {

    /** What a provider sees: the referrals addressed to it. */
    Page<Referral> toProvider(String providerCode, ReferralStatus status, Pageable page);

    /** What human rights staff see: the referrals of cases within their office, of one case when given. */
    Page<Referral> withinScope(FieldOfficeScope scope, String caseReference, ReferralStatus status, Pageable page);
}
