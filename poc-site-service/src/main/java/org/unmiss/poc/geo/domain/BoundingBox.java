package org.unmiss.poc.geo.domain;

/** A latitude/longitude rectangle: the numeric prefilter the store can answer on plain number fields. */
public record BoundingBox(double minLatitude, double minLongitude, double maxLatitude, double maxLongitude) {

    private static final double KM_PER_DEGREE_LATITUDE = 111.32;

    /** The smallest box holding every point within {@code radiusKm} of a centre (not crossing the antimeridian: South Sudan does not). */
    public static BoundingBox around(double latitude, double longitude, double radiusKm) {
        double dLat = radiusKm / KM_PER_DEGREE_LATITUDE;
        double cos = Math.max(Math.cos(Math.toRadians(latitude)), 1e-6);
        double dLon = Math.min(180, radiusKm / (KM_PER_DEGREE_LATITUDE * cos));
        return new BoundingBox(Math.max(-90, latitude - dLat), Math.max(-180, longitude - dLon),
                Math.min(90, latitude + dLat), Math.min(180, longitude + dLon));
    }

    public boolean contains(double latitude, double longitude) {
        return latitude >= minLatitude && latitude <= maxLatitude && longitude >= minLongitude && longitude <= maxLongitude;
    }
}
