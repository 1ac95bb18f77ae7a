package org.unmiss.poc.place.api;

import lombok.RequiredArgsConstructor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unmiss.kit.problem.NotFoundException;
import org.unmiss.poc.place.domain.PlaceLevel;
import org.unmiss.poc.place.domain.Places;

import java.util.List;

/** The place list is reference data with no person in it: every reader of this service's aggregates may read it. */
@RestController
@RequestMapping("/api/v1/places")
@Tag(name = "Places", description = "States, administrative areas and counties of South Sudan, dated, with sources")
@PreAuthorize("hasAnyRole('POC_READ', 'REPORTING', 'PARTNER', 'MISSION_ADMIN')")
@RequiredArgsConstructor
public class PlaceController {

    private final Places places;

    @GetMapping
    @Operation(summary = "Places, by level and parent (a state's ISO code or an administrative area's name)")
    public List<PlaceView> list(@RequestParam(required = false) PlaceLevel level, @RequestParam(required = false) String parentId) {
        return places.list(level, parentId).stream().map(PlaceView::from).toList();
    }

    @GetMapping("/{*id}")
    @Operation(summary = "One place by id (a county's id has a slash: Unity/Leer)")
    public PlaceView get(@PathVariable String id) {
        String key = id.startsWith("/") ? id.substring(1) : id;
        return places.find(key).map(PlaceView::from).orElseThrow(() -> new NotFoundException("Place", key));
    }
}
