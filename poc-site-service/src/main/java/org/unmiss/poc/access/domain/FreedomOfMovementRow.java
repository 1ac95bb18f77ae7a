package org.unmiss.poc.access.domain;

/** Restrictions of the mission's freedom of movement (SOFA violations) in one month, by type and party. */
public record FreedomOfMovementRow(String month, AccessIncidentType type, String perpetratorParty, long violations) {
}
