package org.unmiss.peace.participant.persistence;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.unmiss.kit.feign.CheckedReference;
import org.unmiss.kit.security.ServiceAccountTokens;
import org.unmiss.peace.participant.domain.ParticipantPerson;
import org.unmiss.peace.participant.domain.ParticipantVerifier;

/**
 * Checks mission participants against personnel-service, with the caller's own token (relayed by
 * the kit's Feign interceptor) or, for the background re-check, this service's. Anything but a clear
 * yes or no leaves the reference unverified rather than failing the report: a field officer's
 * write-up must not be lost because another service is down.
 */
@Component
@RequiredArgsConstructor
public class PersonnelParticipantVerifier implements ParticipantVerifier {

    static final String PERSONNEL = "personnel-service";

    private final PersonnelClient personnel;
    private final ServiceAccountTokens tokens;

    @Override
    public CheckedReference<ParticipantPerson> check(String indexNumber) {
        return CheckedReference.ask(PERSONNEL, () -> personnel.person(indexNumber));
    }

    @Override
    public CheckedReference<ParticipantPerson> checkAsService(String indexNumber) {
        return CheckedReference.ask(PERSONNEL, () -> personnel.person(indexNumber, tokens.bearer()));
    }
}
