package org.unmiss.kit.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;

import java.util.Map;

/**
 * Descriptions of the parameters the services share by name, for a parameter its controller leaves
 * undescribed: a generated client's documentation, and the lint's "every parameter described" rule
 * (ADR 0057), then hold for all services without a {@code @Parameter} on each of some 300 parameters.
 * A controller's own description always wins.
 */
final class ParameterDescriptions {

    private static final Map<String, String> SHARED = Map.ofEntries(
            Map.entry("id", "The record's id"),
            Map.entry("code", "The record's code"),
            Map.entry("reference", "The record's reference number"),
            Map.entry("indexNumber", "The person's UN index number"),
            Map.entry("siteCode", "A Protection of Civilians site's code"),
            Map.entry("pointId", "The point's id within its record"),
            Map.entry("position", "The entry's position in the audit chain"),
            Map.entry("victimCode", "The victim's code within the case"),
            Map.entry("index", "The item's position in the record's list"),
            Map.entry("If-Match", "The ETag of the version being changed; without it the answer is 428, with an older one 412"),
            Map.entry("fieldOffice", "A field office's code; a caller bound to a field office sees only its own office's records"),
            Map.entry("from", "Only records dated on or after this day"),
            Map.entry("to", "Only records dated on or before this day"),
            Map.entry("asOf", "The day the figures are for (today when left out)"),
            Map.entry("hxl", "true adds a row of HXL hashtags under the CSV header (https://hxlstandard.org)"),
            Map.entry("groupBy", "The dimension the figures are grouped by"),
            Map.entry("minLatitude", "Bounding box: its southern edge, WGS 84 decimal degrees"),
            Map.entry("maxLatitude", "Bounding box: its northern edge, WGS 84 decimal degrees"),
            Map.entry("minLongitude", "Bounding box: its western edge, WGS 84 decimal degrees"),
            Map.entry("maxLongitude", "Bounding box: its eastern edge, WGS 84 decimal degrees"),
            Map.entry("nearLatitude", "Only records within radiusKm of this point: its latitude, WGS 84 decimal degrees"),
            Map.entry("nearLongitude", "Only records within radiusKm of this point: its longitude, WGS 84 decimal degrees"),
            Map.entry("radiusKm", "The radius around nearLatitude/nearLongitude, in kilometres"),
            Map.entry("fromYear", "The first year counted"),
            Map.entry("toYear", "The last year counted"),
            Map.entry("identities", "true asks for the protected identities, answered only to a caller allowed to see them"),
            Map.entry("overdue", "true lists only those still open past their due date"),
            Map.entry("quarter", "A calendar quarter, as YYYY-Qn (e.g. 2025-Q4)"));

    private ParameterDescriptions() {
    }

    static void describe(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            if (parameter.getDescription() != null && !parameter.getDescription().isBlank()) {
                continue;
            }
            String shared = SHARED.get(parameter.getName());
            if (shared != null) {
                parameter.setDescription(shared);
            } else if ("query".equals(parameter.getIn())) {
                // every other query parameter of the platform's lists is a filter on the field of its name
                parameter.setDescription("Only records whose " + parameter.getName() + " is this value");
            }
        }
    }
}
