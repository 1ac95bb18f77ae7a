package org.unmiss.poc.incident.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.unmiss.poc.incident.domain.IncidentCategory;
import org.unmiss.poc.incident.domain.Severity;
import org.unmiss.poc.people.domain.PeopleCount;

import java.time.Instant;

/**
 * @param people          people involved by sex and age group (optional; when given, the parts must add up to total)
 * @param weaponsInvolved whether a weapon was seen or used (weapon categories count as involving one anyway)
 */
public record IncidentRequest(@NotBlank String siteCode, @NotNull IncidentCategory category, @NotNull Severity severity,
                              @NotNull @PastOrPresent Instant occurredAt, @NotNull Double latitude, @NotNull Double longitude,
                              @NotNull Boolean weaponsInvolved, PeopleCount people,
                              @Size(max = 4000) String description) {
}
