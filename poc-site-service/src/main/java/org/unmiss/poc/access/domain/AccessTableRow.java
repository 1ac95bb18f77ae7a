package org.unmiss.poc.access.domain;

import java.time.LocalDate;

/**
 * One line of the humanitarian access table: an access incident, or an escort request with its status
 * and the patrol that carried it. Organisations are named; people never are.
 *
 * @param event    the access incident's type, or ESCORT_REQUEST
 * @param countyTo the escort's destination county (null for an incident)
 */
public record AccessTableRow(LocalDate date, String state, String county, String countyTo, String event,
                             AgencyType agencyType, String agency, String perpetratorParty, Boolean sofaViolation,
                             String status, String patrolReference, String reference) {
}
