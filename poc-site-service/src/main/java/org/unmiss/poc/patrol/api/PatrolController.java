package org.unmiss.poc.patrol.api;

import lombok.RequiredArgsConstructor;
import org.unmiss.poc.patrol.domain.PatrolRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unmiss.kit.problem.InvalidRequestException;
import org.unmiss.kit.feed.FeedLinks;
import org.unmiss.kit.feed.FeedParams;
import org.unmiss.kit.web.ListParams;
import org.unmiss.kit.web.ETags;
import org.unmiss.kit.web.PageOf;
import org.unmiss.poc.geo.api.GeoJson;
import org.unmiss.poc.patrol.domain.Patrol;
import org.unmiss.poc.patrol.domain.PatrolService;
import org.unmiss.poc.patrol.domain.PatrolType;
import org.unmiss.poc.patrol.domain.Shift;
import org.unmiss.poc.patrol.persistence.PatrolQueries;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

@RestController
@RequestMapping("/api/v1/patrols")
@Tag(name = "Patrols", description = "Patrols at PoC sites and across the country, day and night, with women counted")
@PreAuthorize("hasAnyRole('POC_READ', 'MISSION_ADMIN')")
@RequiredArgsConstructor
public class PatrolController {

    static final int MAX_EXPORT = 5_000;
    private static final Set<String> SORTABLE = Set.of("startedAt", "type", "siteCode");

    private final PatrolService service;
    private final PatrolQueries queries;

    @PostMapping
    @PreAuthorize("hasRole('POC_WRITE')")
    @Operation(summary = "Log a patrol, at a PoC site or anywhere in the country",
            description = "women must not exceed size; endedAt after startedAt, within 24 hours (21 days for long-duration, integrated "
                    + "and riverine patrols); route a GeoJSON LineString; without siteCode, placesVisited names at least one county.")
    public ResponseEntity<PatrolResponse> log(@Valid @RequestBody PatrolRequest request) {
        Patrol saved = service.log(request);
        return ResponseEntity.created(URI.create("/api/v1/patrols/" + saved.reference()))
                .eTag(ETags.of(saved.version())).body(PatrolResponse.from(saved));
    }

    @GetMapping
    @Operation(summary = "List patrols of the caller's field office (all for HQ), newest first")
    public ResponseEntity<PageOf<PatrolResponse>> list(@RequestParam(required = false) String siteCode,
                                       @RequestParam(required = false) PatrolType type,
                                       @RequestParam(required = false) Shift shift,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                                       ListParams list, FeedParams feed) {
        var patrols = queries.find(siteCode, type, shift, from, to,
                feed.pageable(list, SORTABLE, Sort.by(Sort.Direction.DESC, "startedAt")));
        return FeedLinks.ok(patrols).body(PageOf.of(patrols, PatrolResponse::from));
    }

    @GetMapping(value = "/export.geojson", produces = GeoJson.MEDIA_TYPE)
    @Operation(summary = "Patrol routes as GeoJSON LineStrings (same filters as the list; at most 5,000 patrols)")
    public GeoJson.FeatureCollection exportGeoJson(@RequestParam(required = false) String siteCode,
                                                   @RequestParam(required = false) PatrolType type,
                                                   @RequestParam(required = false) Shift shift,
                                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to) {
        Page<Patrol> patrols = queries.find(siteCode, type, shift, from, to,
                PageRequest.of(0, MAX_EXPORT, Sort.by(Sort.Direction.DESC, "startedAt")));
        if (patrols.getTotalElements() > MAX_EXPORT) {
            throw new InvalidRequestException("from", "the filters match " + patrols.getTotalElements()
                    + " patrols, more than " + MAX_EXPORT + "; narrow the period or add filters");
        }
        return GeoJson.FeatureCollection.of(patrols.getContent().stream().map(patrol -> {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("reference", patrol.reference());
            properties.put("siteCode", patrol.siteCode());
            properties.put("type", patrol.type().name());
            properties.put("shift", patrol.shift().name());
            properties.put("startedAt", patrol.startedAt().toString());
            properties.put("size", patrol.size());
            properties.put("women", patrol.women());
            return GeoJson.Feature.of(patrol.reference(), patrol.route(), properties);
        }).toList());
    }

    @GetMapping("/{reference}")
    @Operation(summary = "One patrol (404 outside the caller's field office)")
    public ResponseEntity<PatrolResponse> get(@PathVariable String reference) {
        Patrol patrol = service.visible(reference);
        return ResponseEntity.ok().eTag(ETags.of(patrol.version())).body(PatrolResponse.from(patrol));
    }
}
