package org.unmiss.kit.web;

/**
 * The one convention for a report's representations (ADR 0045). A report endpoint answers JSON unless
 * the caller prefers CSV in its {@code Accept} header: both handler methods of a path declare their
 * media type explicitly ({@code produces = Exports.JSON} and {@code produces = Exports.CSV}), so Spring's
 * negotiation takes the caller's order and quality values, and a caller that states no preference
 * ({@code *}{@code /*} or no header) gets JSON. A handler that leaves {@code produces} out would match
 * every {@code Accept} and lose to the CSV one whenever CSV is acceptable at all, which is the bug issue
 * 15 found; {@code ServiceConventionsTest} fails a service that does so.
 *
 * <p>HXL is not a media type of its own: an HXL table is a CSV with a row of hashtags under the header
 * (https://hxlstandard.org), asked for with the query parameter {@value #HXL} {@code =true} on the CSV
 * representation and answered as {@value #CSV}. GeoJSON is {@value #GEO_JSON} (RFC 7946).
 */
public final class Exports {

    public static final String JSON = "application/json";
    public static final String CSV = "text/csv";
    public static final String GEO_JSON = "application/geo+json";
    /** The query parameter that adds the HXL hashtag row to a CSV answer. */
    public static final String HXL = "hxl";

    private Exports() {
    }
}
