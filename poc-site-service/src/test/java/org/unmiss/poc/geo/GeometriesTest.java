package org.unmiss.poc.geo;

import org.junit.jupiter.api.Test;
import org.unmiss.kit.problem.FieldError;
import org.unmiss.kit.problem.InvalidRequestException;
import org.unmiss.poc.geo.domain.GeoFilter;
import org.unmiss.poc.geo.domain.GeoJsonPolygon;
import org.unmiss.poc.geo.domain.Geometries;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class GeometriesTest {

    private static final GeoJsonPolygon SQUARE = new GeoJsonPolygon("Polygon", List.of(List.of(
            List.of(31.0, 4.0), List.of(32.0, 4.0), List.of(32.0, 5.0), List.of(31.0, 5.0), List.of(31.0, 4.0))));

    @Test
    void decidesPointInPolygonWithBoundaryIncluded() {
        assertThat(Geometries.covers(SQUARE, 4.5, 31.5)).isTrue();
        assertThat(Geometries.covers(SQUARE, 4.0, 31.5)).isTrue();
        assertThat(Geometries.covers(SQUARE, 5.1, 31.5)).isFalse();
        // latitude and longitude must not be swapped: (31.5, 4.5) is far outside
        assertThat(Geometries.covers(SQUARE, 31.5, 4.5)).isFalse();
    }

    @Test
    void measuresGreatCircleDistances() {
        // Juba to Malakal, about 530 km
        assertThat(Geometries.distanceKm(4.8594, 31.5713, 9.5334, 31.6605)).isCloseTo(520, within(15.0));
        assertThat(Geometries.distanceKm(4.8, 31.5, 4.8, 31.5)).isZero();
    }

    @Test
    void namesWhatIsWrongWithAPolygon() {
        GeoJsonPolygon open = new GeoJsonPolygon("Polygon", List.of(List.of(
                List.of(31.0, 4.0), List.of(32.0, 4.0), List.of(32.0, 5.0), List.of(31.0, 5.0))));
        assertThat(Geometries.checkPolygon("zone", open)).extracting(FieldError::reason)
                .containsExactly("must be closed: the last position repeats the first");
        GeoJsonPolygon bowTie = new GeoJsonPolygon("Polygon", List.of(List.of(
                List.of(31.0, 4.0), List.of(32.0, 5.0), List.of(32.0, 4.0), List.of(31.0, 5.0), List.of(31.0, 4.0))));
        assertThat(Geometries.checkPolygon("zone", bowTie)).extracting(FieldError::reason)
                .singleElement().asString().contains("not a valid polygon");
        GeoJsonPolygon swapped = new GeoJsonPolygon("Polygon", List.of(List.of(
                List.of(4.0, 131.0), List.of(5.0, 131.0), List.of(5.0, 132.0), List.of(4.0, 131.0))));
        assertThat(Geometries.checkPolygon("zone", swapped)).extracting(FieldError::field).contains("zone.coordinates[0][0]");
        assertThat(Geometries.checkPolygon("zone", SQUARE)).isEmpty();
    }

    @Test
    void aRadiusFilterPrefiltersByBoxAndDecidesByDistance() {
        GeoFilter near = GeoFilter.of(null, null, null, null, 4.8, 31.5, 10.0);
        assertThat(near.prefilter().contains(4.88, 31.58)).isTrue();
        // in the box's corner but 12.5 km away
        assertThat(near.matches(4.88, 31.58)).isFalse();
        assertThat(near.matches(4.85, 31.52)).isTrue();
    }

    @Test
    void incompleteOrMixedAreaParametersAreNamed() {
        assertThatThrownBy(() -> GeoFilter.of(4.0, 31.0, null, 32.0, null, null, null))
                .isInstanceOfSatisfying(InvalidRequestException.class, e ->
                        assertThat(e.errors()).extracting(FieldError::field).containsExactly("maxLatitude"));
        assertThatThrownBy(() -> GeoFilter.of(4.0, 31.0, 5.0, 32.0, 4.5, null, null))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> GeoFilter.of(null, null, null, null, 4.5, 31.0, 0.0))
                .isInstanceOfSatisfying(InvalidRequestException.class, e ->
                        assertThat(e.errors()).extracting(FieldError::field).containsExactly("radiusKm"));
        assertThat(GeoFilter.of(null, null, null, null, null, null, null)).isNull();
    }
}
