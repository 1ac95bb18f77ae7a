package org.unmiss.personnel.country.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;

/**
 * A troop- or police-contributing country, registered by its ISO 3166-1 alpha-3 code.
 *
 * @param code             ISO 3166-1 alpha-3, e.g. {@code IND}
 * @param contributorSince first day it contributed personnel to the mission
 */
@Document("countries")
public record Country(@Id String code, String name, LocalDate contributorSince, @Version Long version) {
}
