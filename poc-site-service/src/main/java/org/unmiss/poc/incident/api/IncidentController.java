package org.unmiss.poc.incident.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unmiss.kit.problem.ConflictException;
import org.unmiss.kit.problem.FieldError;
import org.unmiss.kit.problem.FieldErrors;
import org.unmiss.kit.problem.InvalidRequestException;
import org.unmiss.kit.problem.NotFoundException;
import org.unmiss.kit.web.ListParams;
import org.unmiss.kit.web.ETags;
import org.unmiss.kit.web.PageOf;
import org.unmiss.poc.geo.api.GeoJson;
import org.unmiss.poc.geo.domain.GeoFilter;
import org.unmiss.poc.geo.domain.GeoJsonPoint;
import org.unmiss.poc.geo.domain.Geometries;
import org.unmiss.poc.incident.domain.IncidentCategory;
import org.unmiss.poc.incident.domain.Referral;
import org.unmiss.poc.incident.domain.ReferralSender;
import org.unmiss.poc.incident.domain.SecurityIncident;
import org.unmiss.poc.incident.domain.Severity;
import org.unmiss.poc.incident.domain.WeaponsFreeZoneCheck;
import org.unmiss.poc.incident.persistence.IncidentFilter;
import org.unmiss.poc.incident.persistence.IncidentQueries;
import org.unmiss.poc.incident.persistence.IncidentRepository;
import org.unmiss.kit.store.ReferenceNumbers;
import org.unmiss.poc.site.domain.PocSite;
import org.unmiss.poc.site.persistence.SiteAccess;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Security incidents are operational records of one field office: POC_READ holders of that office
 * (or HQ) see them; reporting tools and partners get only the aggregate reports.
 */
@RestController
@RequestMapping("/api/v1/security-incidents")
@Tag(name = "Security incidents", description = "Incidents at PoC sites, weapons-free-zone breaches, SGBV referrals")
@PreAuthorize("hasAnyRole('POC_READ', 'MISSION_ADMIN')")
public class IncidentController {

    /** An incident is recorded at or near its site: a point further away is almost certainly a typing error. */
    static final double MAX_DISTANCE_FROM_SITE_KM = 50;
    private static final Set<String> SORTABLE = Set.of("occurredAt", "severity", "category", "siteCode");

    private final IncidentRepository incidents;
    private final IncidentQueries queries;
    private final SiteAccess access;
    private final ReferenceNumbers numbers;
    private final ReferralSender referrals;

    public IncidentController(IncidentRepository incidents, IncidentQueries queries, SiteAccess access,
                              ReferenceNumbers numbers, ReferralSender referrals) {
        this.incidents = incidents;
        this.queries = queries;
        this.access = access;
        this.numbers = numbers;
        this.referrals = referrals;
    }

    @PostMapping
    @PreAuthorize("hasRole('POC_WRITE')")
    @Operation(summary = "Record a security incident",
            description = "The service decides whether the point lies in the site's weapons-free zone and flags a breach when a weapon was involved there.")
    public ResponseEntity<IncidentResponse> record(@Valid @RequestBody IncidentRequest request) {
        PocSite site = access.writableSite("siteCode", request.siteCode());
        FieldErrors errors = new FieldErrors().addAll(Geometries.checkPoint("location", request.latitude(), request.longitude()).stream()
                .map(e -> new FieldError(e.field().substring("location.".length()), e.reason())).toList());
        if (errors.isEmpty() && Geometries.distanceKm(site.latitude(), site.longitude(), request.latitude(), request.longitude())
                > MAX_DISTANCE_FROM_SITE_KM) {
            errors.add("latitude", "the point is more than " + (int) MAX_DISTANCE_FROM_SITE_KM + " km from site " + site.code());
            errors.add("longitude", "the point is more than " + (int) MAX_DISTANCE_FROM_SITE_KM + " km from site " + site.code());
        }
        if (request.people() != null) {
            errors.addAll(request.people().problems("people"));
        }
        errors.throwIfAny("The incident is not valid");
        WeaponsFreeZoneCheck zone = WeaponsFreeZoneCheck.of(site, request.latitude(), request.longitude(),
                request.occurredAt(), request.category(), request.weaponsInvolved());
        int year = request.occurredAt().atZone(ZoneOffset.UTC).getYear();
        SecurityIncident saved = incidents.insert(new SecurityIncident(numbers.next("SI", year), site.code(),
                site.fieldOffice(), request.category(), request.severity(), request.occurredAt(),
                request.occurredAt().toString().substring(0, 7), request.latitude(), request.longitude(),
                GeoJsonPoint.of(request.latitude(), request.longitude()), request.weaponsInvolved(), zone.inside(),
                zone.breach(), request.people(), request.description(), access.username(), Instant.now(), null, null));
        return ResponseEntity.created(URI.create("/api/v1/security-incidents/" + saved.reference()))
                .eTag(ETags.of(saved.version())).body(IncidentResponse.from(saved, true));
    }

    @GetMapping
    @Operation(summary = "List incidents of the caller's field office (all for HQ), filtered, newest first",
            description = "Area: either minLatitude, minLongitude, maxLatitude, maxLongitude, or nearLatitude, nearLongitude, radiusKm.")
    public PageOf<IncidentResponse> list(@RequestParam(required = false) String siteCode,
                                         @RequestParam(required = false) IncidentCategory category,
                                         @RequestParam(required = false) Severity severity,
                                         @Parameter(description = "From this instant (inclusive)")
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                                         @Parameter(description = "Before this instant (exclusive)")
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                                         @Parameter(description = "Only weapons-free-zone breaches (true) or only others (false)")
                                         @RequestParam(required = false) Boolean breach,
                                         @RequestParam(required = false) Double minLatitude,
                                         @RequestParam(required = false) Double minLongitude,
                                         @RequestParam(required = false) Double maxLatitude,
                                         @RequestParam(required = false) Double maxLongitude,
                                         @RequestParam(required = false) Double nearLatitude,
                                         @RequestParam(required = false) Double nearLongitude,
                                         @RequestParam(required = false) Double radiusKm,
                                         ListParams list) {
        IncidentFilter filter = new IncidentFilter(siteCode, category, severity, from, to, breach,
                GeoFilter.of(minLatitude, minLongitude, maxLatitude, maxLongitude, nearLatitude, nearLongitude, radiusKm));
        boolean mayReadDescriptions = access.hasRole("POC_WRITE");
        return PageOf.of(queries.find(filter, list.pageable(SORTABLE, Sort.by(Sort.Direction.DESC, "occurredAt"))),
                incident -> IncidentResponse.from(incident, mayReadDescriptions));
    }

    @GetMapping(value = "/export.geojson", produces = GeoJson.MEDIA_TYPE)
    @Operation(summary = "Incidents as GeoJSON points (same filters as the list; descriptions never exported)")
    public GeoJson.FeatureCollection exportGeoJson(@RequestParam(required = false) String siteCode,
                                                   @RequestParam(required = false) IncidentCategory category,
                                                   @RequestParam(required = false) Severity severity,
                                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                                                   @RequestParam(required = false) Boolean breach,
                                                   @RequestParam(required = false) Double minLatitude,
                                                   @RequestParam(required = false) Double minLongitude,
                                                   @RequestParam(required = false) Double maxLatitude,
                                                   @RequestParam(required = false) Double maxLongitude,
                                                   @RequestParam(required = false) Double nearLatitude,
                                                   @RequestParam(required = false) Double nearLongitude,
                                                   @RequestParam(required = false) Double radiusKm) {
        IncidentFilter filter = new IncidentFilter(siteCode, category, severity, from, to, breach,
                GeoFilter.of(minLatitude, minLongitude, maxLatitude, maxLongitude, nearLatitude, nearLongitude, radiusKm));
        return GeoJson.FeatureCollection.of(queries.export(filter).stream().map(incident -> {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("reference", incident.reference());
            properties.put("siteCode", incident.siteCode());
            properties.put("category", incident.category().name());
            properties.put("severity", incident.severity().name());
            properties.put("occurredAt", incident.occurredAt().toString());
            properties.put("insideWeaponsFreeZone", incident.insideWeaponsFreeZone());
            properties.put("weaponsFreeZoneBreach", incident.weaponsFreeZoneBreach());
            return GeoJson.Feature.of(incident.reference(), incident.location(), properties);
        }).toList());
    }

    @GetMapping("/{reference}")
    @Operation(summary = "One incident (404 outside the caller's field office)")
    public ResponseEntity<IncidentResponse> get(@PathVariable String reference) {
        SecurityIncident incident = visible(reference);
        return ResponseEntity.ok().eTag(ETags.of(incident.version()))
                .body(IncidentResponse.from(incident, access.hasRole("POC_WRITE")));
    }

    @PostMapping("/{reference}/hr-referral")
    @PreAuthorize("hasRole('POC_WRITE')")
    @Operation(summary = "Refer an SGBV incident to humanrights-service",
            description = "Recorded at once and sent; if humanrights-service is down the referral stays PENDING and is retried until accepted. "
                    + "202 with the referral's state; 409 if the incident is not SGBV or was already referred.")
    public ResponseEntity<IncidentResponse> refer(@PathVariable String reference, @Valid @RequestBody ReferralRequest request) {
        SecurityIncident incident = visible(reference);
        access.requireWritable(incident.fieldOffice());
        if (incident.category() != IncidentCategory.SGBV) {
            throw new ConflictException("Only SGBV incidents are referred to humanrights-service; " + reference + " is " + incident.category());
        }
        if (incident.referral() != null) {
            throw new ConflictException(reference + " was already referred (" + incident.referral().status() + ")");
        }
        incidents.save(incident.withReferral(Referral.requested(access.username(), Instant.now(), request.consentNote()),
                incident.version()));
        referrals.dispatch(reference);
        SecurityIncident current = visible(reference);
        return ResponseEntity.status(HttpStatus.ACCEPTED).eTag(ETags.of(current.version()))
                .body(IncidentResponse.from(current, true));
    }

    private SecurityIncident visible(String reference) {
        return incidents.findById(reference).filter(i -> access.visible(i.fieldOffice()))
                .orElseThrow(() -> new NotFoundException("Security incident", reference));
    }
}
