package org.unmiss.humanrights.hrcase.domain;

/**
 * Where the incident happened. State and county are administrative areas and stay readable for
 * lists and reports; the place name and the exact point can lead to a victim's home, so they are
 * stored sealed ({@code location/place}, {@code location/point}), and only the point rounded to
 * {@value #COARSE_DEGREES}° (about 11 km) is kept readable, for callers without HR_SENSITIVE.
 */
public record Location(SouthSudanState state, String county, String sealedPlace, Double approxLatitude,
                       Double approxLongitude, String sealedPoint) {

    /** Tenths of a degree: {@link #coarse} rounds to one decimal. */
    public static final double COARSE_DEGREES = 0.1;

    /** A coordinate rounded to {@value #COARSE_DEGREES}°, or null for null. */
    public static Double coarse(Double degrees) {
        return degrees == null ? null : Math.round(degrees * 10) / 10.0;
    }

    /** The sealed form of a point: {@code "<latitude>,<longitude>"}. */
    public static String point(Double latitude, Double longitude) {
        return latitude == null && longitude == null ? null : latitude + "," + longitude;
    }

    /** The latitude and longitude of an opened {@link #point}, null parts for missing ones. */
    public static Double[] parsePoint(String point) {
        if (point == null) {
            return new Double[]{null, null};
        }
        String[] parts = point.split(",", 2);
        return new Double[]{"null".equals(parts[0]) ? null : Double.valueOf(parts[0]),
                "null".equals(parts[1]) ? null : Double.valueOf(parts[1])};
    }
}
