package org.unmiss.gender.pillar.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.unmiss.gender.pillar.persistence.WpsPillarRepository;

import java.util.List;

/** Four pillars never need paging: the whole list, in their customary order. */
@RestController
@RequestMapping("/api/v1/wps-pillars")
@Tag(name = "WPS pillars", description = "The UNSCR 1325 pillars gender activities are tracked against")
@PreAuthorize("hasAnyRole('GENDER_READ', 'REPORTING', 'PARTNER', 'MISSION_ADMIN')")
@RequiredArgsConstructor
public class WpsPillarController {

    private final WpsPillarRepository pillars;

    @GetMapping
    @Operation(summary = "The UNSCR 1325 pillars")
    public List<WpsPillarResponse> list() {
        return pillars.findAll(Sort.by("position")).stream().map(WpsPillarResponse::from).toList();
    }
}
