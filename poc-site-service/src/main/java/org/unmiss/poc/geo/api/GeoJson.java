package org.unmiss.poc.geo.api;

import org.springframework.http.MediaType;
import org.unmiss.kit.web.Exports;

import java.util.List;
import java.util.Map;

/** GeoJSON (RFC 7946) exports of located records. */
public final class GeoJson {

    /** The kit's {@link Exports#GEO_JSON} (RFC 7946), the one GeoJSON media type (ADR 0045). */
    public static final String MEDIA_TYPE = Exports.GEO_JSON;
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
