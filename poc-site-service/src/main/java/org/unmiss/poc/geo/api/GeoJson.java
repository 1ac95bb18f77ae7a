package org.unmiss.poc.geo.api;

import org.springframework.http.MediaType;

import java.util.List;
import java.util.Map;

/** GeoJSON (RFC 7946) exports of located records. */
public final class GeoJson {

    public static final String MEDIA_TYPE = "application/geo+json";
    public static final MediaType GEO_JSON = MediaType.parseMediaType(MEDIA_TYPE);

    private GeoJson() {
    }

    public record Feature(String type, String id, Object geometry, Map<String, Object> properties) {
        public static Feature of(String id, Object geometry, Map<String, Object> properties) {
            return new Feature("Feature", id, geometry, properties);
        }
    }

    public record FeatureCollection(String type, List<Feature> features) {
        public static FeatureCollection of(List<Feature> features) {
            return new FeatureCollection("FeatureCollection", features);
        }
    }
}
