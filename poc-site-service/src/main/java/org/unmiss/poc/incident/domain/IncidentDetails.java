package org.unmiss.poc.incident.domain;

import java.time.Instant;

/**
 * What a protection officer records beyond the bare incident.
 *
 * @param sector                     the site's sector (only for incidents in a site)
 * @param block                      the block within that sector
 * @param perpetratorParty           the party suspects belong to, by the mission's party list (vocabulary); null if unknown
 * @param arrests                    people arrested by UN police or the site's security
 * @param handedOverToNationalPolice of those, people handed over to the South Sudan National Police Service
 * @param actionsTaken               what was done (free text, no names)
 * @param respondedAt                when the first UN response reached the scene
 */
public record IncidentDetails(String sector, String block, String perpetratorParty, Integer arrests,
                              Integer handedOverToNationalPolice, String actionsTaken, Instant respondedAt) {

    public static final IncidentDetails NONE = new IncidentDetails(null, null, null, null, null, null, null);
}
