package org.unmiss.poc.geo.domain;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.unmiss.kit.problem.FieldError;
import org.unmiss.kit.problem.FieldErrors;

import java.util.ArrayList;
import java.util.List;

/**
 * Exact geometry, decided in the service with JTS because the embedded store has no geospatial
 * operators: GeoJSON shapes checked and turned into JTS geometries (x = longitude, y = latitude),
 * point-in-polygon tests and great-circle distances.
 */
public final class Geometries {

    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);
    private static final double EARTH_RADIUS_KM = 6371.0088;

    private Geometries() {
    }

    public static List<FieldError> checkPoint(String field, Double latitude, Double longitude) {
        FieldErrors errors = new FieldErrors();
        if (latitude == null || latitude < -90 || latitude > 90) {
            errors.add(field + ".latitude", "must be between -90 and 90");
        }
        if (longitude == null || longitude < -180 || longitude > 180) {
            errors.add(field + ".longitude", "must be between -180 and 180");
        }
        return errors.list();
    }

    /** Problems with a GeoJSON polygon, each naming its JSON path; empty when it is a valid simple polygon. */
    public static List<FieldError> checkPolygon(String field, GeoJsonPolygon polygon) {
        FieldErrors errors = new FieldErrors();
        if (!"Polygon".equals(polygon.type())) {
            errors.add(field + ".type", "must be Polygon");
        }
        if (polygon.coordinates() == null || polygon.coordinates().isEmpty()) {
            errors.add(field + ".coordinates", "must hold at least the outer ring");
            return errors.list();
        }
        for (int r = 0; r < polygon.coordinates().size(); r++) {
            List<List<Double>> ring = polygon.coordinates().get(r);
            String ringField = field + ".coordinates[" + r + "]";
            if (ring == null || ring.size() < 4) {
                errors.add(ringField, "must hold at least 4 positions");
                continue;
            }
            errors.addAll(checkPositions(ringField, ring));
            if (errors.isEmpty() && !ring.get(0).equals(ring.get(ring.size() - 1))) {
                errors.add(ringField, "must be closed: the last position repeats the first");
            }
        }
        if (errors.isEmpty()) {
            TopologyValidationError invalid = new IsValidOp(toPolygon(polygon)).getValidationError();
            if (invalid != null) {
                errors.add(field + ".coordinates", "is not a valid polygon: " + invalid.getMessage());
            }
        }
        return errors.list();
    }

    public static List<FieldError> checkLineString(String field, GeoJsonLineString line) {
        FieldErrors errors = new FieldErrors();
        if (!"LineString".equals(line.type())) {
            errors.add(field + ".type", "must be LineString");
        }
        if (line.coordinates() == null || line.coordinates().size() < 2) {
            errors.add(field + ".coordinates", "must hold at least 2 positions");
            return errors.list();
        }
        errors.addAll(checkPositions(field + ".coordinates", line.coordinates()));
        return errors.list();
    }

    private static List<FieldError> checkPositions(String field, List<List<Double>> positions) {
        FieldErrors errors = new FieldErrors();
        for (int i = 0; i < positions.size(); i++) {
            List<Double> position = positions.get(i);
            if (position == null || position.size() != 2 || position.get(0) == null || position.get(1) == null) {
                errors.add(field + "[" + i + "]", "must be [longitude, latitude]");
            } else if (Math.abs(position.get(0)) > 180 || Math.abs(position.get(1)) > 90) {
                errors.add(field + "[" + i + "]", "must be [longitude -180..180, latitude -90..90]");
            }
        }
        return errors.list();
    }

    public static Polygon toPolygon(GeoJsonPolygon polygon) {
        List<List<List<Double>>> rings = polygon.coordinates();
        LinearRing shell = FACTORY.createLinearRing(coordinates(rings.get(0)));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = FACTORY.createLinearRing(coordinates(rings.get(i)));
        }
        return FACTORY.createPolygon(shell, holes);
    }

    /** Whether the point lies inside the polygon or on its boundary. */
    public static boolean covers(GeoJsonPolygon polygon, double latitude, double longitude) {
        return toPolygon(polygon).covers(FACTORY.createPoint(new Coordinate(longitude, latitude)));
    }

    /** Great-circle (haversine) distance in kilometres. */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    private static Coordinate[] coordinates(List<List<Double>> positions) {
        return positions.stream().map(p -> new Coordinate(p.get(0), p.get(1))).toArray(Coordinate[]::new);
    }
}
