package org.unmiss.poc.incident.api;

import lombok.RequiredArgsConstructor;
import org.unmiss.poc.incident.domain.IncidentRequest;
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
import org.unmiss.kit.feed.FeedLinks;
import org.unmiss.kit.feed.FeedParams;
import org.unmiss.kit.web.ListParams;
import org.unmiss.kit.web.ETags;
import org.unmiss.kit.web.PageOf;
import org.unmiss.poc.geo.api.GeoJson;
import org.unmiss.poc.geo.domain.GeoFilter;
import org.unmiss.poc.incident.domain.IncidentCategory;
import org.unmiss.poc.incident.domain.IncidentService;
import org.unmiss.poc.incident.domain.SecurityIncident;
import org.unmiss.poc.incident.domain.Severity;
import org.unmiss.poc.incident.persistence.IncidentFilter;
import org.unmiss.poc.incident.persistence.IncidentQueries;
import org.unmiss.poc.site.domain.SiteAccess;

import java.net.URI;
import java.time.Instant;
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
@RequiredArgsConstructor
public class IncidentController {

    private static final Set<String> SORTABLE = Set.of("occurredAt", "severity", "category", "siteCode");

    private final IncidentService service;
    private final IncidentQueries queries;
    private final SiteAccess access;

    @PostMapping
    @PreAuthorize("hasRole('POC_WRITE')")
    @Operation(summary = "Record a security incident, at a PoC site or anywhere in the country",
            description = "Without siteCode, place (a county) is required and the record belongs to the caller's office (fieldOffice from HQ). "
                    + "At a site the point must lie within 50 km of it, and the service decides whether it lies in the site's weapons-free zone "
                    + "and flags a breach when a weapon was involved while the zone was in force.")
    public ResponseEntity<IncidentResponse> record(@Valid @RequestBody IncidentRequest request) {
        SecurityIncident saved = service.record(request);
        return ResponseEntity.created(URI.create("/api/v1/security-incidents/" + saved.reference()))
                .eTag(ETags.of(saved.version())).body(IncidentResponse.from(saved, true));
    }

    @GetMapping
    @Operation(summary = "List incidents of the caller's field office (all for HQ), filtered, newest first",
            description = "Area: either minLatitude, minLongitude, maxLatitude, maxLongitude, or nearLatitude, nearLongitude, radiusKm.")
    public ResponseEntity<PageOf<IncidentResponse>> list(@RequestParam(required = false) String siteCode,
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
                                         ListParams list, FeedParams feed) {
        IncidentFilter filter = new IncidentFilter(siteCode, category, severity, from, to, breach,
                GeoFilter.of(minLatitude, minLongitude, maxLatitude, maxLongitude, nearLatitude, nearLongitude, radiusKm));
        boolean mayReadDescriptions = access.hasRole("POC_WRITE");
        var incidents = queries.find(filter, feed.pageable(list, SORTABLE, Sort.by(Sort.Direction.DESC, "occurredAt")));
        return FeedLinks.ok(incidents).body(PageOf.of(incidents, incident -> IncidentResponse.from(incident, mayReadDescriptions)));
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
            properties.put("county", incident.place() == null ? null : incident.place().county());
            properties.put("state", incident.place() == null ? null : incident.place().state());
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
        SecurityIncident incident = service.visible(reference);
        return ResponseEntity.ok().eTag(ETags.of(incident.version()))
                .body(IncidentResponse.from(incident, access.hasRole("POC_WRITE")));
    }

    @PostMapping("/{reference}/hr-referral")
    @PreAuthorize("hasRole('POC_WRITE')")
    @Operation(summary = "Refer an SGBV incident to humanrights-service",
            description = "Recorded at once and sent; if humanrights-service is down the referral stays PENDING and is retried until accepted. "
                    + "202 with the referral's state; 409 if the incident is not SGBV or was already referred.")
    public ResponseEntity<IncidentResponse> refer(@PathVariable String reference, @Valid @RequestBody ReferralRequest request) {
        SecurityIncident current = service.refer(reference, request.consentNote());
        return ResponseEntity.status(HttpStatus.ACCEPTED).eTag(ETags.of(current.version()))
                .body(IncidentResponse.from(current, true));
    }
}
