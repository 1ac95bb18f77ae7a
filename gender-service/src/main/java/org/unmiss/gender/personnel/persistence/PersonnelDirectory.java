package org.unmiss.gender.personnel.persistence;

import feign.Response;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;

/**
 * The strength report this service asks personnel-service for, with every outcome told apart. Person lookups
 * go through the kit's {@code PersonnelReferences}, as in every service that names mission staff.
 */
@Component
@RequiredArgsConstructor
public class PersonnelDirectory {

    private final PersonnelClient client;

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
