package org.unmiss.poc.incident.persistence;

import org.unmiss.poc.geo.domain.GeoFilter;
import org.unmiss.poc.incident.domain.IncidentCategory;
import org.unmiss.poc.incident.domain.Severity;

import java.time.Instant;

/** What an incident list or export is restricted to; every part optional. */
public record IncidentFilter(String siteCode, IncidentCategory category, Severity severity, Instant from, Instant to,
                             Boolean breach, GeoFilter area) {
}
