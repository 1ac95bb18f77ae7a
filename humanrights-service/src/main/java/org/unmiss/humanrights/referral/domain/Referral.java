package org.unmiss.humanrights.referral.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.unmiss.humanrights.hrcase.domain.ServiceType;
import org.unmiss.kit.problem.ConflictException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A victim referred to a service provider (ADR 0099), answered on the provider's side: accepted, declined with a
 * reason, completed. Its own document beside the case, so the provider's answers never write the case. The officer's
 * note and the provider's reasons are free text about a victim, sealed under the referral's code and field path.
 * {@code child} and the consent flags record what was checked when it was made.
 */
@Document("hr_referrals")
@CompoundIndex(name = "provider_status", def = "{'providerCode': 1, 'status': 1}")
public record Referral(@Id String code, @Indexed String caseReference, String fieldOffice, String victimCode,
                       String providerCode, ServiceType service, ReferralStatus status, String sealedNote, boolean child,
                       boolean caregiverConsent, boolean childAssent, List<ReferralStep> steps, Instant createdAt,
                       String createdBy, @Version Long version) {

    public static final int MAX_STEPS = 10;

    /** The referral after the provider's answer; the caller has checked who may answer. */
    public Referral answered(ReferralStatus to, Instant at, String by, String sealedReason) {
        if (!status.next().contains(to)) {
            throw new ConflictException("A " + status + " referral cannot become " + to
                    + (status.next().isEmpty() ? "; it is final" : "; it can become " + status.next()));
        }
        List<ReferralStep> answered = new ArrayList<>(steps);
        answered.add(new ReferralStep(status, to, at, by, sealedReason));
        return new Referral(code, caseReference, fieldOffice, victimCode, providerCode, service, to, sealedNote, child,
                caregiverConsent, childAssent, List.copyOf(answered), createdAt, createdBy, version);
    }

    /** The same referral at the version the client last saw, so the save checks it against the store. */
    public Referral atVersion(long clientVersion) {
        return new Referral(code, caseReference, fieldOffice, victimCode, providerCode, service, status, sealedNote, child,
                caregiverConsent, childAssent, steps, createdAt, createdBy, clientVersion);
    }

    public static String noteField() {
        return "note";
    }

    public static String reasonField(int step) {
        return "steps/" + step + "/reason";
    }
}
