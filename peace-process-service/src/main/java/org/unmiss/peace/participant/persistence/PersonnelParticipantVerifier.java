package org.unmiss.peace.participant.persistence;

import feign.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.unmiss.peace.participant.domain.ParticipantCheck;
import org.unmiss.peace.participant.domain.ParticipantVerifier;

/**
 * Checks mission participants against personnel-service with the caller's own token (relayed by the
 * kit's Feign interceptor). Anything but a clear yes or no leaves the reference unverified rather
 * than failing the report: a field officer's write-up must not be lost because another service is down.
 */
@Component
public class PersonnelParticipantVerifier implements ParticipantVerifier {

    private static final Logger log = LoggerFactory.getLogger(PersonnelParticipantVerifier.class);
    private final PersonnelClient personnel;

    public PersonnelParticipantVerifier(PersonnelClient personnel) {
        this.personnel = personnel;
    }

    @Override
    public ParticipantCheck check(String indexNumber) {
        try (Response response = personnel.person(indexNumber)) {
            if (response.status() == 200) {
                return ParticipantCheck.FOUND;
            }
            if (response.status() == 404) {
                return ParticipantCheck.NOT_FOUND;
            }
            log.info("personnel-service answered {} for a participant check; saved as unverified", response.status());
            return ParticipantCheck.UNKNOWN;
        } catch (RuntimeException unavailable) {
            log.warn("personnel-service unavailable for a participant check ({}); saved as unverified",
                    unavailable.getClass().getSimpleName());
            return ParticipantCheck.UNKNOWN;
        }
    }
}
