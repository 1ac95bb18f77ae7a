package org.unmiss.poc.site.api;

import lombok.RequiredArgsConstructor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unmiss.kit.problem.FieldError;
import org.unmiss.kit.problem.FieldErrors;
import org.unmiss.kit.problem.InvalidRequestException;
import org.unmiss.kit.feed.FeedLinks;
import org.unmiss.kit.feed.FeedParams;
import org.unmiss.kit.web.ListParams;
import org.unmiss.kit.web.ETags;
import org.unmiss.kit.web.PageOf;
import org.unmiss.poc.geo.api.GeoJson;
import org.unmiss.poc.geo.domain.GeoFilter;
import org.unmiss.poc.geo.domain.Geometries;
import org.unmiss.poc.site.domain.Designation;
import org.unmiss.poc.site.domain.LifecycleEvent;
import org.unmiss.poc.site.domain.PocSite;
import org.unmiss.poc.site.domain.Sector;
import org.unmiss.poc.site.persistence.PocSiteRepository;
import org.unmiss.poc.site.domain.SiteAccess;
import org.unmiss.poc.site.persistence.SiteQueries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Site names, places, layout and designations are public facts: reporting tools and partners may read them. */
@RestController
@RequestMapping("/api/v1/poc-sites")
@Tag(name = "PoC sites", description = "Protection of Civilians sites: layout, zones and lifecycle")
@PreAuthorize("hasAnyRole('POC_READ', 'REPORTING', 'PARTNER', 'MISSION_ADMIN')")
@RequiredArgsConstructor
public class PocSiteController {

    private static final Set<String> SORTABLE = Set.of("code", "name", "fieldOffice");

    private final PocSiteRepository sites;
    private final SiteQueries queries;
    private final SiteAccess access;

    @GetMapping
    @Operation(summary = "List PoC sites, optionally by designation, field office or area",
            description = "Area: either minLatitude, minLongitude, maxLatitude, maxLongitude, or nearLatitude, nearLongitude, radiusKm.")
    public ResponseEntity<PageOf<PocSiteResponse>> list(@RequestParam(required = false) Designation designation,
                                        @RequestParam(required = false) String fieldOffice,
                                        @RequestParam(required = false) Double minLatitude,
                                        @RequestParam(required = false) Double minLongitude,
                                        @RequestParam(required = false) Double maxLatitude,
                                        @RequestParam(required = false) Double maxLongitude,
                                        @RequestParam(required = false) Double nearLatitude,
                                        @RequestParam(required = false) Double nearLongitude,
                                        @Parameter(description = "Radius around nearLatitude/nearLongitude, up to 1000 km")
                                        @RequestParam(required = false) Double radiusKm,
                                        ListParams list, FeedParams feed) {
        Pageable pageable = feed.pageable(list, SORTABLE, Sort.by("code"));
        GeoFilter area = GeoFilter.of(minLatitude, minLongitude, maxLatitude, maxLongitude, nearLatitude, nearLongitude, radiusKm);
        var sites = queries.find(designation, fieldOffice, area, pageable);
        return FeedLinks.ok(sites).body(PageOf.of(sites, PocSiteResponse::from));
    }

    @GetMapping(value = "/export.geojson", produces = GeoJson.MEDIA_TYPE)
    @Operation(summary = "Every site as GeoJSON: its point, with perimeter and weapons-free zone as separate features")
    public GeoJson.FeatureCollection exportGeoJson() {
        List<GeoJson.Feature> features = new ArrayList<>();
        for (PocSite site : queries.all()) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("code", site.code());
            properties.put("name", site.name());
            properties.put("fieldOffice", site.fieldOffice());
            properties.put("designation", site.designation().name());
            properties.put("capacity", site.capacity());
            features.add(GeoJson.Feature.of(site.code(), site.location(), withPart(properties, "site")));
            if (site.perimeter() != null) {
                features.add(GeoJson.Feature.of(site.code() + "/perimeter", site.perimeter(), withPart(properties, "perimeter")));
            }
            if (site.weaponsFreeZone() != null) {
                features.add(GeoJson.Feature.of(site.code() + "/weapons-free-zone", site.weaponsFreeZone(),
                        withPart(properties, "weapons-free-zone")));
            }
        }
        return GeoJson.FeatureCollection.of(features);
    }

    @GetMapping("/{code}")
    @Operation(summary = "One PoC site, with its version as ETag")
    public ResponseEntity<PocSiteResponse> get(@PathVariable String code) {
        PocSite site = access.site(code);
        return ResponseEntity.ok().eTag(ETags.of(site.version())).body(PocSiteResponse.from(site));
    }

    @PutMapping("/{code}/layout")
    @PreAuthorize("hasRole('POC_WRITE')")
    @Operation(summary = "Replace a site's capacity, structure, perimeter and weapons-free zone (If-Match required)")
    public ResponseEntity<PocSiteResponse> updateLayout(@PathVariable String code,
                                                        @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                        @Valid @RequestBody SiteLayoutRequest request) {
        long version = ETags.requireVersion(ifMatch);
        PocSite site = access.site(code);
        access.requireWritable(site.fieldOffice());
        access.requireCurrentVersion(site.version(), version);
        FieldErrors errors = new FieldErrors().addAll(Geometries.checkPolygon("perimeter", request.perimeter()));
        if (request.weaponsFreeZone() != null) {
            errors.addAll(Geometries.checkPolygon("weaponsFreeZone", request.weaponsFreeZone()));
        }
        if (errors.isEmpty() && !Geometries.covers(request.perimeter(), site.latitude(), site.longitude())
                && (request.weaponsFreeZone() == null || !Geometries.covers(request.weaponsFreeZone(), site.latitude(), site.longitude()))) {
            errors.add("perimeter", "must contain the site's location or lie within its weapons-free zone");
        }
        errors.throwIfAnyWith("The layout is not valid");
        List<Sector> structure = request.structure().stream()
                .map(s -> new Sector(s.code(), s.name(), List.copyOf(s.blocks()))).toList();
        PocSite saved = sites.save(site.withLayout(request.capacity(), structure, request.perimeter(),
                request.weaponsFreeZone(), version));
        return ResponseEntity.ok().eTag(ETags.of(saved.version())).body(PocSiteResponse.from(saved));
    }

    @PostMapping("/{code}/lifecycle-events")
    @PreAuthorize("hasRole('POC_WRITE')")
    @Operation(summary = "Record a lifecycle step: weapons-free zone, redesignation as IDP camp, closure (If-Match required)",
            description = "Redesignation and closure are one-way: 409 when the site's state does not allow the step.")
    public ResponseEntity<PocSiteResponse> addLifecycleEvent(@PathVariable String code,
                                                             @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                             @Valid @RequestBody LifecycleEventRequest request) {
        long version = ETags.requireVersion(ifMatch);
        PocSite site = access.site(code);
        access.requireWritable(site.fieldOffice());
        access.requireCurrentVersion(site.version(), version);
        LifecycleEvent event = new LifecycleEvent(request.type(), request.on(),
                Boolean.TRUE.equals(request.dateApproximate()), request.note(), access.username());
        PocSite saved = sites.save(site.with(event, version));
        return ResponseEntity.ok().eTag(ETags.of(saved.version())).body(PocSiteResponse.from(saved));
    }

    private static Map<String, Object> withPart(Map<String, Object> properties, String part) {
        Map<String, Object> copy = new LinkedHashMap<>(properties);
        copy.put("part", part);
        return copy;
    }
}
