package org.unmiss.humanrights.referral.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.unmiss.humanrights.hrcase.domain.ServiceType;
import org.unmiss.humanrights.referral.domain.ReferralCommands;
import org.unmiss.humanrights.referral.domain.ReferralService;
import org.unmiss.humanrights.referral.domain.ServiceProvider;

import java.util.List;

/** The service providers victims are referred to: reference data kept by administrators (ADR 0099). */
@RestController
@RequestMapping("/api/v1/service-providers")
@Tag(name = "Service providers", description = "Organisations human rights officers refer victims to, by service and area")
@RequiredArgsConstructor
public class ServiceProviderController {

    private final ReferralService service;

    @GetMapping
    @PreAuthorize("hasAnyRole('HR_READ', 'REFERRAL_PROVIDER', 'MISSION_ADMIN')")
    @Operation(summary = "The service providers, by code; fieldOffice and service narrow to those serving that office with that service")
    public List<ServiceProviderView> list(@RequestParam(required = false) String fieldOffice,
                                          @RequestParam(required = false) ServiceType service) {
        return this.service.providers().stream()
                .filter(p -> fieldOffice == null || p.serves(fieldOffice))
                .filter(p -> service == null || p.offers(service))
                .map(ServiceProviderController::view).toList();
    }

    @PostMapping
    @PreAuthorize("hasRole('MISSION_ADMIN')")
    @Operation(summary = "Add a service provider (types, field offices served, area, the organisation's contact); 409 for a code in use")
    public ResponseEntity<ServiceProviderView> add(@Valid @RequestBody ReferralCommands.NewServiceProvider provider) {
        ServiceProvider added = service.addProvider(provider);
        var location = ServletUriComponentsBuilder.fromCurrentRequestUri().build().toUri();
        return ResponseEntity.created(location).body(view(added));
    }

    private static ServiceProviderView view(ServiceProvider p) {
        return new ServiceProviderView(p.code(), p.name(), p.services(), p.fieldOffices(), p.area(), p.contact(), p.demo());
    }
}
