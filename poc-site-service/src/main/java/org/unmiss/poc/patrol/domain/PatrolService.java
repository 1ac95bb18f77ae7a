package org.unmiss.poc.patrol.domain;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.unmiss.kit.problem.FieldErrors;
import org.unmiss.kit.problem.NotFoundException;
import org.unmiss.kit.store.ReferenceNumbers;
import org.unmiss.poc.geo.domain.Geometries;
import org.unmiss.poc.place.domain.PlaceRef;
import org.unmiss.poc.place.domain.Places;
import org.unmiss.poc.site.domain.PocSite;
import org.unmiss.poc.site.domain.SiteAccess;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Logging patrols at sites and across the country. */
@Service
@RequiredArgsConstructor
public class PatrolService {

    public static final Duration MAX_PATROL_LENGTH = Duration.ofHours(24);
    /** Long-duration, integrated and riverine patrols stay out for days; three weeks bounds a typing error. */
    public static final Duration MAX_MULTI_DAY_PATROL_LENGTH = Duration.ofDays(21);

    private final PatrolStore patrols;
    private final SiteAccess access;
    private final Places places;
    private final ReferenceNumbers numbers;
    private final Clock clock;

    public Patrol log(PatrolRequest request) {
        PocSite site = request.siteCode() == null ? null : access.writableSite("siteCode", request.siteCode());
        String office = site != null ? site.fieldOffice() : access.recordingOffice("fieldOffice", request.fieldOffice());
        FieldErrors errors = new FieldErrors().addAll(Geometries.checkLineString("route", request.route()));
        errors.when(request.women() > request.size(), "women", "must not exceed size (" + request.size() + ")");
        Duration limit = request.type().multiDay() ? MAX_MULTI_DAY_PATROL_LENGTH : MAX_PATROL_LENGTH;
        if (!request.endedAt().isAfter(request.startedAt())) {
            errors.add("endedAt", "must be after startedAt");
        } else if (Duration.between(request.startedAt(), request.endedAt()).compareTo(limit) > 0) {
            errors.add("endedAt", "must be within " + (request.type().multiDay() ? "21 days" : "24 hours")
                    + " of startedAt for a " + request.type() + " patrol");
        }
        List<String> named = request.placesVisited() == null ? List.of() : request.placesVisited();
        errors.when(site == null && named.isEmpty(), "placesVisited", "must name at least one county for a patrol away from a PoC site");
        LocalDate day = LocalDate.ofInstant(request.startedAt(), ZoneOffset.UTC);
        List<PlaceRef> visited = new ArrayList<>();
        for (int i = 0; i < named.size(); i++) {
            Places.PlaceMatch match = places.match("placesVisited[" + i + "]", named.get(i), day);
            if (match.problem() != null) {
                errors.add(match.problem());
            } else {
                visited.add(match.place().ref());
            }
        }
        if (site != null && visited.isEmpty()) {
            visited.add(places.siteCounty(site));
        }
        errors.throwIfAny("The patrol is not valid");
        return patrols.insert(new Patrol(numbers.next("PT", day.getYear()), site == null ? null : site.code(), office,
                request.type(), request.shift(), request.startedAt(), request.endedAt(),
                request.startedAt().toString().substring(0, 7), request.unit(), request.size(), request.women(),
                request.route(), request.observations(), access.username(), Instant.now(clock), List.copyOf(visited), null));
    }

    /** A patrol the caller may see; 404 otherwise (another office's patrol is not revealed). */
    public Patrol visible(String reference) {
        return findVisible(reference).orElseThrow(() -> new NotFoundException("Patrol", reference));
    }

    /** The patrol, if it exists and the caller may see it (for records that link to a patrol). */
    public Optional<Patrol> findVisible(String reference) {
        return patrols.byId(reference).filter(p -> access.visible(p.fieldOffice()));
    }
}
