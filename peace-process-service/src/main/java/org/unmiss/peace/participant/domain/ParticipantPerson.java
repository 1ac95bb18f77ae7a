package org.unmiss.peace.participant.domain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A mission participant as personnel-service shows them, reduced to what confirming the reference
 * needs: the index number and the duty station (personal fields are neither read nor kept).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ParticipantPerson(String indexNumber, String fieldOffice) {
}
