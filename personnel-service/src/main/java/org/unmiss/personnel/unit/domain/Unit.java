package org.unmiss.personnel.unit.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;

/**
 * A contingent: a country's unit serving as a whole, rotated as a whole.
 *
 * @param code          stable identifier, e.g. {@code IND-INF-1}
 * @param rotationStart first day of the current rotation
 * @param rotationEnd   the day the current rotation is due to end (the next rotation is due)
 */
@Document("units")
public record Unit(@Id String code, String name, String countryCode, UnitType type, int authorisedStrength,
                   String baseFieldOffice, LocalDate rotationStart, LocalDate rotationEnd, @Version Long version) {
}
