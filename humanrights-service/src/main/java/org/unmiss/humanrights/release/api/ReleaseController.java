package org.unmiss.humanrights.release.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.unmiss.humanrights.release.domain.Quarter;
import org.unmiss.humanrights.release.domain.ReleaseService;
import org.unmiss.humanrights.release.domain.ReleasedPeriod;
import org.unmiss.kit.security.CurrentUser;

import java.util.List;

/**
 * Releasing quarters to partners and reporting tools (ADR 0098): they receive the figures of released quarters only,
 * frozen when released, small cells withheld; human rights staff keep the live figures.
 */
@RestController
@RequestMapping("/api/v1/hr-reports/releases")
@Tag(name = "Human rights releases", description = "Quarters whose figures are released to partners and reporting tools")
@RequiredArgsConstructor
public class ReleaseController {

    private final ReleaseService service;
    private final CurrentUser currentUser;

    @PostMapping
    @PreAuthorize("hasRole('HR_VERIFY') and hasRole('HR_RELEASE')")
    @Operation(summary = "Release an ended quarter's figures (freeze them as they are now) for partners and reporting tools; "
            + "a senior officer at headquarters, once per quarter (409 after)")
    public ResponseEntity<ReleaseView> release(@Valid @RequestBody ReleaseRequest request) {
        ReleasedPeriod released = service.release(Quarter.parse(request.quarter(), "quarter"));
        var location = ServletUriComponentsBuilder.fromCurrentRequestUri().build().toUri();
        return ResponseEntity.created(location).cacheControl(CacheControl.noStore()).body(view(released));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('HR_READ', 'REPORTING', 'PARTNER', 'MISSION_ADMIN')")
    @Operation(summary = "The released quarters, newest first: the periods partners and reporting tools receive figures for")
    public ResponseEntity<List<ReleaseView>> released() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(service.all().stream().map(this::view).toList());
    }

    private ReleaseView view(ReleasedPeriod period) {
        return new ReleaseView(period.quarter(), period.releasedAt(), currentUser.hasRole("HR_READ") ? period.releasedBy() : null,
                service.smallCellThreshold());
    }
}
