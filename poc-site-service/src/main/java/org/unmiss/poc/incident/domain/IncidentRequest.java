package org.unmiss.poc.incident.domain;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.unmiss.poc.people.domain.PeopleCount;

import java.time.Instant;

/**
 * @param siteCode        the PoC site it happened in or near (optional: an incident may be anywhere)
 * @param place           the county ("Leer", "Leer, Unity" or "Unity/Leer"); required without a site, the site's county otherwise
 * @param fieldOffice     the office the record belongs to; only needed from headquarters users without a site
 * @param people          people affected by sex and age group (optional; when given, the parts must add up to total)
 * @param weaponsInvolved whether a weapon was seen or used (weapon categories count as involving one anyway)
 * @param perpetratorParty the party suspects belong to (a code or alias from the mission's party list)
 * @param respondedAt     when the first UN response reached the scene (response time = respondedAt - occurredAt)
 */
public record IncidentRequest(@Size(max = 40) String siteCode, @Size(max = 120) String place, @Size(max = 20) String fieldOffice,
                              @NotNull IncidentCategory category, @NotNull Severity severity,
                              @NotNull @PastOrPresent Instant occurredAt, @NotNull Double latitude, @NotNull Double longitude,
                              @NotNull Boolean weaponsInvolved, PeopleCount people,
                              @Size(max = 4000) String description,
                              @Size(max = 10) String sector, @Size(max = 10) String block,
                              @Size(max = 40) String perpetratorParty, @PositiveOrZero Integer arrests,
                              @PositiveOrZero Integer handedOverToNationalPolice, @Size(max = 2000) String actionsTaken,
                              @PastOrPresent Instant respondedAt) {
}
