package org.unmiss.kit.personnel;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A person as personnel-service shows them, reduced to what another service needs to confirm a reference
 * to them: the index number and the duty station. Personal fields are neither read nor kept.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PersonnelPerson(String indexNumber, String fieldOffice) {
}
