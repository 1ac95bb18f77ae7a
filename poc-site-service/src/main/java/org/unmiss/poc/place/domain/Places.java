package org.unmiss.poc.place.domain;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.unmiss.kit.problem.FieldError;
import org.unmiss.kit.problem.InvalidRequestException;
import org.unmiss.poc.site.domain.PocSite;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The place list every located record is checked against. A county is named by its id
 * ("Unity/Leer"), by its name ("Leer"), or as "Leer, Unity" where a name is used in two states; a
 * name not on the list is refused, with the nearest county suggested when the name is a near miss.
 */
@Component
@RequiredArgsConstructor
public class Places {

    /**
     * South Sudan lies between latitudes 3° and 13° N and longitudes 24° and 36° E (Ministry of Health,
     * COVID-19 National Deployment and Vaccination Plan, 2021-02-09,
     * https://reliefweb.int/report/south-sudan/south-sudan-covid-19-national-deployment-and-vaccination-plan-9th-february-2021).
     * County boundaries are not held offline (ADR 0062), so this box is the only check on a point.
     */
    static final double MIN_LATITUDE = 3;
    static final double MAX_LATITUDE = 13;
    static final double MIN_LONGITUDE = 24;
    static final double MAX_LONGITUDE = 36;
    /** A misspelling at most this many edits away (or a third of the name) is suggested. */
    private static final int MAX_SUGGESTION_DISTANCE = 2;

    private final PlaceList places;

    public Optional<Place> find(String id) {
        return places.all().stream().filter(place -> place.id().equals(id)).findFirst();
    }

    public List<Place> list(PlaceLevel level, String parentId) {
        return places.all().stream()
                .filter(place -> (level == null || place.level() == level) && (parentId == null || parentId.equals(place.parentId())))
                .sorted(Comparator.comparing(Place::state).thenComparing(Place::name)).toList();
    }

    /** The county {@code text} names, valid on {@code on}; 400 naming {@code field} otherwise, with the nearest match. */
    public Place county(String field, String text, LocalDate on) {
        PlaceMatch match = match(field, text, on);
        if (match.problem() != null) {
            throw new InvalidRequestException(match.problem().field(), match.problem().reason());
        }
        return match.place();
    }

    /** The county {@code text} names, or the problem naming {@code field} (for services collecting every field's problem). */
    public PlaceMatch match(String field, String text, LocalDate on) {
        List<Place> counties = counties().stream().filter(place -> place.validOn(on)).toList();
        String name = text.contains(",") ? text.substring(0, text.indexOf(',')).trim() : text.trim();
        String state = text.contains(",") ? text.substring(text.indexOf(',') + 1).trim() : null;
        List<Place> matches = counties.stream()
                .filter(place -> place.id().equalsIgnoreCase(text.trim())
                        || (NameDistance.normalised(place.name()).equals(NameDistance.normalised(name))
                        && (state == null || NameDistance.normalised(place.state()).equals(NameDistance.normalised(state)))))
                .toList();
        if (matches.size() == 1) {
            return new PlaceMatch(matches.get(0), null);
        }
        if (matches.size() > 1) {
            return new PlaceMatch(null, new FieldError(field, "'" + text + "' names counties in several states: "
                    + matches.stream().map(Place::id).toList() + "; give it as 'County, State'"));
        }
        Optional<Place> nearest = counties.stream()
                .min(Comparator.comparingInt(place -> NameDistance.between(place.name(), name)));
        String reason = "no county named '" + text + "' on " + on;
        if (nearest.isPresent()) {
            int distance = NameDistance.between(nearest.get().name(), name);
            if (distance <= Math.max(MAX_SUGGESTION_DISTANCE, NameDistance.normalised(name).length() / 3)) {
                reason += "; did you mean '" + nearest.get().name() + "' (" + nearest.get().id() + ")?";
            }
        }
        return new PlaceMatch(null, new FieldError(field, reason + " (the list: GET /api/v1/places?level=COUNTY)"));
    }

    /** A matched place, or why there is none. */
    public record PlaceMatch(Place place, FieldError problem) {
    }

    /**
     * The county a PoC site lies in, from the site's own state and county; a site whose county is not on the
     * place list keeps the names it has, without a place id.
     */
    public PlaceRef siteCounty(PocSite site) {
        return counties().stream()
                .filter(place -> NameDistance.normalised(place.name()).equals(NameDistance.normalised(site.county()))
                        && NameDistance.normalised(place.state()).equals(NameDistance.normalised(site.state())))
                .findFirst().map(Place::ref).orElse(new PlaceRef(null, site.county(), site.state()));
    }

    private List<Place> counties() {
        return places.all().stream().filter(place -> place.level() == PlaceLevel.COUNTY).toList();
    }

    /** Problems with a point: outside South Sudan. County boundaries are not held, so nothing finer is checked. */
    public static List<FieldError> checkInCountry(double latitude, double longitude) {
        if (latitude < MIN_LATITUDE || latitude > MAX_LATITUDE) {
            return List.of(new FieldError("latitude", "must lie in South Sudan (" + (int) MIN_LATITUDE + " to "
                    + (int) MAX_LATITUDE + "° N)"));
        }
        if (longitude < MIN_LONGITUDE || longitude > MAX_LONGITUDE) {
            return List.of(new FieldError("longitude", "must lie in South Sudan (" + (int) MIN_LONGITUDE + " to "
                    + (int) MAX_LONGITUDE + "° E)"));
        }
        return List.of();
    }
}
