package org.unmiss.poc.geo.domain;

import java.util.List;

/** A GeoJSON Point as stored and exported: {@code {"type": "Point", "coordinates": [longitude, latitude]}}. */
public record GeoJsonPoint(String type, List<Double> coordinates) {

    public static GeoJsonPoint of(double latitude, double longitude) {
        return new GeoJsonPoint("Point", List.of(longitude, latitude));
    }
}
