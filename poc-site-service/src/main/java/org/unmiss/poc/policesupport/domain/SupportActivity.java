package org.unmiss.poc.policesupport.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import org.unmiss.poc.place.domain.PlaceRef;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One support activity to the national police, with the HRDDP risk assessment that allowed it.
 *
 * @param womenTrained national officers trained who were women (TRAINING only)
 * @param menTrained   national officers trained who were men (TRAINING only)
 */
@Document("national_police_support")
public record SupportActivity(@Id String reference, String fieldOffice, SupportType type, String beneficiary,
                              PlaceRef place, LocalDate startedOn, LocalDate endedOn, Integer womenTrained,
                              Integer menTrained, String description, String riskAssessmentReference,
                              String recordedBy, Instant recordedAt, @Version Long version) {
}
