package org.unmiss.humanrights.hrcase.domain;

/**
 * Where the incident happened. The point is stored as numbers (the store has no geospatial
 * operators); a point precise enough to find a victim is withheld from every aggregate.
 */
public record Location(SouthSudanState state, String county, String place, Double latitude, Double longitude) {
}
