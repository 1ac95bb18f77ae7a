package org.unmiss.personnel.importing.domain;

import org.unmiss.personnel.person.domain.PersonDetails;

import java.time.LocalDate;

/**
 * One valid CSV row: a person, and optionally the deployment the rotation requests for them.
 *
 * @param line the row's line number in the file (the header is line 1)
 */
public record ImportRow(long line, PersonDetails person, LocalDate deploymentStart, LocalDate deploymentEnd,
                        String position) {

    public boolean requestsDeployment() {
        return deploymentStart != null;
    }
}
