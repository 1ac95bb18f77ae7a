package org.unmiss.poc.geo.domain;

import java.util.List;

/**
 * A GeoJSON Polygon: an outer ring (and optional holes) of {@code [longitude, latitude]} positions,
 * each ring closed (first position repeated last).
 */
public record GeoJsonPolygon(String type, List<List<List<Double>>> coordinates) {
}
