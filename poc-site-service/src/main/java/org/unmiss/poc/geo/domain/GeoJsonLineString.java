package org.unmiss.poc.geo.domain;

import java.util.List;

/** A GeoJSON LineString of {@code [longitude, latitude]} positions, e.g. a patrol's route. */
public record GeoJsonLineString(String type, List<List<Double>> coordinates) {
}
