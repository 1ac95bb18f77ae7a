package org.unmiss.gender.personnel.domain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A person as personnel-service shows them, reduced to what this service needs to confirm a
 * reference: the index number and the duty station (personal fields are neither read nor kept).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PersonnelPerson(String indexNumber, String fieldOffice) {
}
