package org.unmiss.gender.personnel.persistence;

import feign.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;

/** What this service asks personnel-service, with every outcome told apart. */
@Component
public class PersonnelDirectory {

    private static final Logger log = LoggerFactory.getLogger(PersonnelDirectory.class);

    private final PersonnelClient client;

    public PersonnelDirectory(PersonnelClient client) {
        this.client = client;
    }

    public enum Outcome { FOUND, NOT_FOUND, UNVERIFIED }

    /** @param note why the reference stays unverified; null when verified or not found */
    public record PersonCheck(Outcome outcome, String note) {
    }

    /** Whether personnel-service knows the index number; when it cannot say, why. */
    public PersonCheck check(String indexNumber) {
        try (Response response = client.person(indexNumber)) {
            int status = response.status();
            if (status == 200) {
                return new PersonCheck(Outcome.FOUND, null);
            }
            if (status == 404) {
                return new PersonCheck(Outcome.NOT_FOUND, null);
            }
            return new PersonCheck(Outcome.UNVERIFIED, status == 401 || status == 403
                    ? "personnel-service did not let this caller look the person up (" + status + "); re-check with a caller who may"
                    : "personnel-service answered " + status + "; the reference will be re-checked");
        } catch (RuntimeException e) {
            log.warn("personnel-service unreachable checking {}: {}", indexNumber, e.toString());
            return new PersonCheck(Outcome.UNVERIFIED, "personnel-service could not be reached; the reference will be re-checked");
        }
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
