package org.unmiss.poc.geo.domain;

import org.unmiss.kit.problem.FieldError;
import org.unmiss.kit.problem.FieldErrors;
import org.unmiss.kit.problem.InvalidRequestException;

import java.util.ArrayList;
import java.util.List;

/**
 * "Within a bounding box" or "within N km of a point", as list queries accept them. The store
 * answers {@link #prefilter()} on numeric latitude/longitude fields; {@link #matches} then decides
 * exactly in the service (for a box the prefilter is already exact; for a radius it is the great-circle distance).
 */
public record GeoFilter(BoundingBox box, Double nearLatitude, Double nearLongitude, Double radiusKm) {

    public static final double MAX_RADIUS_KM = 1000;

    /** The filter the parameters describe, null when none was given; 400 naming each incomplete or bad parameter. */
    public static GeoFilter of(Double minLatitude, Double minLongitude, Double maxLatitude, Double maxLongitude,
                               Double nearLatitude, Double nearLongitude, Double radiusKm) {
        FieldErrors errors = new FieldErrors();
        boolean anyBox = minLatitude != null || minLongitude != null || maxLatitude != null || maxLongitude != null;
        boolean anyNear = nearLatitude != null || nearLongitude != null || radiusKm != null;
        if (anyBox && anyNear) {
            throw new InvalidRequestException("Give either a bounding box or a point with a radius, not both",
                    List.of(new FieldError("minLatitude", "cannot be combined with nearLatitude"),
                            new FieldError("nearLatitude", "cannot be combined with minLatitude")));
        }
        if (anyBox) {
            require(errors, "minLatitude", minLatitude, -90, 90);
            require(errors, "maxLatitude", maxLatitude, -90, 90);
            require(errors, "minLongitude", minLongitude, -180, 180);
            require(errors, "maxLongitude", maxLongitude, -180, 180);
            if (errors.isEmpty() && (minLatitude > maxLatitude || minLongitude > maxLongitude)) {
                errors.add("minLatitude", "minimum must not exceed maximum (minLatitude <= maxLatitude, minLongitude <= maxLongitude)");
            }
            fail(errors);
            return new GeoFilter(new BoundingBox(minLatitude, minLongitude, maxLatitude, maxLongitude), null, null, null);
        }
        if (anyNear) {
            require(errors, "nearLatitude", nearLatitude, -90, 90);
            require(errors, "nearLongitude", nearLongitude, -180, 180);
            require(errors, "radiusKm", radiusKm, 0, MAX_RADIUS_KM);
            if (radiusKm != null && radiusKm <= 0) {
                errors.add("radiusKm", "must be more than 0");
            }
            fail(errors);
            return new GeoFilter(BoundingBox.around(nearLatitude, nearLongitude, radiusKm), nearLatitude, nearLongitude, radiusKm);
        }
        return null;
    }

    public BoundingBox prefilter() {
        return box;
    }

    /** Whether the filter needs the exact check beyond the store's box prefilter. */
    public boolean needsExactCheck() {
        return radiusKm != null;
    }

    public boolean matches(double latitude, double longitude) {
        if (!box.contains(latitude, longitude)) {
            return false;
        }
        return radiusKm == null || Geometries.distanceKm(nearLatitude, nearLongitude, latitude, longitude) <= radiusKm;
    }

    private static void require(FieldErrors errors, String name, Double value, double min, double max) {
        if (value == null) {
            errors.add(name, "is required with the other parameters of this area");
        } else if (value < min || value > max) {
            errors.add(name, "must be between " + min + " and " + max);
        }
    }

    private static void fail(FieldErrors errors) {
        errors.throwIfAny("The area parameters are not valid");
    }
}
