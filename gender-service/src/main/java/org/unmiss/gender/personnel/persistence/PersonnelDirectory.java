package org.unmiss.gender.personnel.persistence;

import feign.Response;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.unmiss.gender.personnel.domain.PersonnelPerson;
import org.unmiss.kit.feign.CheckedReference;
import org.unmiss.kit.security.ServiceAccountTokens;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;

/** What this service asks personnel-service, with every outcome told apart. */
@Component
@RequiredArgsConstructor
public class PersonnelDirectory {

    static final String PERSONNEL = "personnel-service";

    private final PersonnelClient client;
    private final ServiceAccountTokens tokens;

    /** Whether personnel-service knows the index number, asked as the calling user (their token is relayed). */
    public CheckedReference<PersonnelPerson> check(String indexNumber) {
        return CheckedReference.ask(PERSONNEL, () -> client.person(indexNumber));
    }

    /** The same, asked as this service's own client, for background re-checks (its token sees every office). */
    public CheckedReference<PersonnelPerson> checkAsService(String indexNumber) {
        return CheckedReference.ask(PERSONNEL, () -> client.person(indexNumber, tokens.bearer()));
    }

    /** The strength report as of a day, grouped as {@link StrengthContract} names. */
    public StrengthContract.Report strength(LocalDate asOf, String groupBy) {
        Response response;
        try {
            response = client.strength(asOf.toString(), groupBy);
        } catch (RuntimeException e) {
            throw new PersonnelUnavailableException("personnel-service could not be reached", e);
        }
        try (response) {
            int status = response.status();
            if (status == 401 || status == 403) {
                throw new PersonnelRefusedException(status);
            }
            if (status != 200 || response.body() == null) {
                throw new PersonnelUnavailableException("personnel-service answered " + status, null);
            }
            try (InputStream body = response.body().asInputStream()) {
                return StrengthContract.parse(body.readAllBytes());
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof PersonnelRefusedException || e instanceof PersonnelUnavailableException) {
                throw (RuntimeException) e;
            }
            throw new PersonnelUnavailableException("personnel-service's strength report could not be read", e);
        }
    }
}
